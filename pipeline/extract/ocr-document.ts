import { readOcrPage, readPageImage, type OcrEngine } from "../ocr/index.js";
import type {
  Extracted,
  OcrPageRead,
  OcrThresholds,
  PageText,
} from "../types.js";

/** What a worker needs to read a document's pages without a text layer by OCR (spec v2.0). */
export type OcrRequest = {
  /** null: no engine on this machine; such pages stay unreadable, saying why. */
  readonly engine: OcrEngine | null;
  /** Why there is no engine (one line), when engine is null. */
  readonly missingReason: string | null;
  readonly thresholds: OcrThresholds;
  /** Time limit of each process of one page (render, read; see readPageImage). */
  readonly pageTimeoutMs: number;
  /** Pages of this file the same engine read before (from the database): not read again. */
  readonly cached: readonly OcrPageRead[];
};

/** What a worker tells while it reads a document's pages by OCR (each optional). */
export type OcrEvents = {
  /** How many pages it is about to read afresh (pages whose reads are reused are not counted). */
  readonly onPlanned?: (pages: number) => void;
  /** A page is about to be read. */
  readonly onPage?: (pageNumber: number) => void;
  /** A page was read (or failed): kept at once, so that a killed scan does not read it again. */
  readonly onRead?: (read: OcrPageRead) => void;
};

/** A document's pages after OCR, with the classes of spec v2.0 point 3. */
export type OcrOutcome = Extracted & {
  readonly pagesOcr: readonly number[];
  readonly pagesPicture: readonly number[];
  /** Page number → why it is unreadable (OCR too poor, failed, or no engine). */
  readonly unreadableReasons: ReadonlyMap<number, string>;
  /** Every read this document's pages rest on, new or cached. */
  readonly reads: readonly OcrPageRead[];
};

/**
 * Spec v2.0 point 1: reads by OCR each page without a usable text layer (`pagesWithoutText`: a scan, or
 * glyph codes without a Unicode mapping), one page at a time, reusing reads of the same engine; then classifies
 * each page (point 3) and puts its OCR text in place of the page text. `pagesWithoutText` is left with the
 * unreadable pages only (point 4). `events` are told of each page read afresh.
 */
export async function ocrDocument(
  file: string,
  extracted: Extracted,
  request: OcrRequest,
  events: OcrEvents = {},
): Promise<OcrOutcome> {
  const cached = new Map(
    request.cached
      .filter((r) => r.engine === request.engine?.name)
      .map((r) => [r.page, r]),
  );
  const geometry = new Map((extracted.geometry ?? []).map((g) => [g.page, g]));
  const reads: OcrPageRead[] = [];
  const unreadableReasons = new Map<number, string>();
  const replaced = new Map<number, PageText>();
  const pagesOcr: number[] = [];
  const pagesPicture: number[] = [];
  if (request.engine !== null)
    events.onPlanned?.(
      extracted.pagesWithoutText.filter(
        (n) => !cached.has(n) && geometry.has(n),
      ).length,
    );
  for (const pageNumber of extracted.pagesWithoutText) {
    const where = geometry.get(pageNumber);
    if (request.engine === null || where === undefined) {
      unreadableReasons.set(
        pageNumber,
        `not read by OCR (${request.missingReason ?? "its place on the page is not known"})`,
      );
      continue;
    }
    let read = cached.get(pageNumber);
    if (read === undefined) {
      events.onPage?.(pageNumber);
      read = await readPageImage({
        file,
        geometry: where,
        engine: request.engine,
        timeoutMs: request.pageTimeoutMs,
      });
      events.onRead?.(read);
    }
    reads.push(read);
    const outcome = readOcrPage(read, request.thresholds);
    if (outcome.source === "unreadable")
      unreadableReasons.set(pageNumber, outcome.reason ?? "unreadable");
    else {
      replaced.set(pageNumber, outcome.page);
      (outcome.source === "ocr" ? pagesOcr : pagesPicture).push(pageNumber);
    }
  }
  return {
    ...extracted,
    pages: extracted.pages.map((p) => replaced.get(p.page) ?? p),
    pagesWithoutText: extracted.pagesWithoutText.filter(
      (n) => !replaced.has(n),
    ),
    pagesOcr,
    pagesPicture,
    unreadableReasons,
    reads,
  };
}
