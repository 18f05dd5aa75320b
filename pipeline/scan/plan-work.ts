import type { scanTables } from "../store/index.js";
import type { Doc, Warning } from "../types.js";

/** A corpus document with its bytes hashed (`sha256` null: the file is missing, or too large to hash). */
export type HashedDoc = {
  readonly doc: Doc;
  /** Absolute path of the file, "" when it is missing. */
  readonly file: string;
  readonly sha256: string | null;
  readonly bytes: number;
  /** Larger than the reader can ever take (extract MAX_READABLE_BYTES): not hashed, never read. */
  readonly tooLarge?: boolean;
};

/**
 * What a scan does with one document. missing: listed but not on disk. copy: the same bytes as an earlier
 * document (spec §Documents), settled once that one is. keep: stored outcome and mentions stand. rematch: stored
 * outcome stands, its pages are matched again (`allPages`: it came back to the corpus, so its mentions were
 * dropped; else only the pages a lexicon edit can change). read: extract it again (new bytes, new extractor,
 * --force). too-large: larger than any reader can take, stored as such without reading.
 */
export type Work =
  | { readonly kind: "missing"; readonly doc: Doc }
  | {
      readonly kind: "too-large";
      readonly doc: Doc;
      readonly bytes: number;
      readonly change: Common["change"];
    }
  | ({ readonly kind: "copy"; readonly sha256: string } & Common)
  | ({
      readonly kind: "keep";
      readonly stored: scanTables.StoredDocument;
    } & Known)
  | ({
      readonly kind: "rematch";
      readonly stored: scanTables.StoredDocument;
      readonly allPages: boolean;
    } & Known)
  | ({ readonly kind: "read"; readonly file: string } & Known);
type Common = {
  readonly doc: Doc;
  readonly bytes: number;
  /** Said when the work is done: the file no longer has the sha256 the manifest lists. */
  readonly warning: Warning | null;
  /** New to the database (or back after it left), or changed bytes since the last scan. */
  readonly change: "added" | "changed" | null;
};
type Known = Common & { readonly sha256: string };

/** What the scan knows before deciding. */
export type PlanInput = {
  readonly stored: ReadonlyMap<string, scanTables.StoredDocument>;
  /** The extractor this version runs; a document read by another is read again. */
  readonly extractor: string;
  /** Whether the lexicon changed since the stored mentions were matched. */
  readonly lexiconChanged: boolean;
  readonly force: boolean;
  /** The OCR settings of this scan (ScanOcr.settings): "off", or the engine and thresholds. */
  readonly ocrSettings: string;
  /** The limits this scan reads under (the pool's): a document stopped under others is read again. */
  readonly limits: ReadingLimits;
};

/** The per-document limits of a scan, as --timeout and --max-memory give them. */
export type ReadingLimits = {
  readonly timeoutSeconds: number;
  readonly maxMemoryMb: number;
};

export const isReadable = (status: string): status is "ok" | "partial-text" =>
  status === "ok" || status === "partial-text";

/** Decides, per document and in corpus order, what the scan does with it. Pure. */
export function planWork(
  hashed: readonly HashedDoc[],
  input: PlanInput,
): Work[] {
  const seen = new Set<string>();
  return hashed.map(({ doc, file, sha256, bytes, tooLarge }): Work => {
    const stored = input.stored.get(doc.path);
    if (tooLarge === true) {
      const change =
        stored === undefined || stored.removed
          ? ("added" as const)
          : stored.sha256 !== null
            ? ("changed" as const)
            : null;
      return { kind: "too-large", doc, bytes, change };
    }
    if (sha256 === null) return { kind: "missing", doc };
    const common = {
      doc,
      sha256,
      bytes,
      warning: manifestWarning(doc, sha256),
      change:
        stored === undefined || stored.removed
          ? ("added" as const)
          : stored.sha256 !== sha256
            ? ("changed" as const)
            : null,
    };
    if (seen.has(sha256) && bytes > 0) return { kind: "copy", ...common };
    seen.add(sha256);
    const known =
      stored !== undefined &&
      stored.sha256 === sha256 &&
      stored.extractor === input.extractor &&
      stored.status !== "duplicate" &&
      stored.status !== "missing" &&
      !ocrIsStale(stored, input.ocrSettings) &&
      !stopIsStale(stored, input.limits) &&
      !input.force;
    if (!known) return { kind: "read", file, ...common };
    if (stored.removed)
      return { kind: "rematch", stored, allPages: true, ...common };
    if (!input.lexiconChanged || !isReadable(stored.status))
      return { kind: "keep", stored, ...common };
    return { kind: "rematch", stored, allPages: false, ...common };
  });
}

/**
 * True when a stored document must be read again for OCR's sake: it has pages without a text layer (or read by
 * OCR) and was read with other OCR settings (rows written before schema 6 were read without OCR). A document whose
 * pages all have text is the same either way.
 */
export function ocrIsStale(
  stored: scanTables.StoredDocument,
  settings: string,
): boolean {
  const hasImagePages =
    stored.pagesWithoutText.length +
      stored.pagesOcr.length +
      stored.pagesPicture.length >
    0;
  return hasImagePages && (stored.ocr ?? "off") !== settings;
}

/**
 * True when the pipeline, not the file, ended a stored document's reading and this scan may get further: a crash
 * says nothing of the file, and a limit other than the one it was stopped under (or an unknown one, stopped
 * before schema 17) may let it through. A document stopped under the limits of this scan would stop again.
 */
export function stopIsStale(
  stored: scanTables.StoredDocument,
  limits: ReadingLimits,
): boolean {
  switch (stored.stoppedBy) {
    case null:
      return false;
    case "reader crash":
      return true;
    case "time limit":
      return stored.stoppedLimit !== limits.timeoutSeconds;
    case "memory limit":
      return stored.stoppedLimit !== limits.maxMemoryMb;
  }
}

function manifestWarning(doc: Doc, sha256: string): Warning | null {
  if (doc.manifestSha256 === null || doc.manifestSha256 === sha256) return null;
  return {
    file: doc.path,
    reason: `${doc.path}: sha256 differs from manifest.csv (file changed since it was listed?); the file on disk is scanned`,
  };
}
