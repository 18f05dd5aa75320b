import {
  OCR_MIN_CONFIDENCE,
  OCR_MIN_WORDS,
  OCR_MODE,
  OCR_PAGE_TIMEOUT_SECONDS,
} from "../defaults.js";
import type { OcrRequest } from "../extract/index.js";
import { findEngine, MISSING_ENGINE, type OcrEngine } from "../ocr/index.js";
import { scanTables, type Db } from "../store/index.js";
import type { OcrThresholds } from "../types.js";

// The scan's OCR settings (spec v2.0): which engine, which thresholds, and whether a stored document was read
// with the same ones. Kept apart from run-scan.ts, which only asks these questions.

/** The OCR options of a scan. */
export type ScanOcrOptions = {
  /** `auto`: read pages without a text layer by OCR; `off`: spec v1.1. @default OCR_MODE */
  readonly ocr?: "auto" | "off";
  /** @default OCR_MIN_WORDS */
  readonly ocrMinWords?: number;
  /** @default OCR_MIN_CONFIDENCE */
  readonly ocrMinConfidence?: number;
  /** Seconds one document may take, which also bounds each OCR page. */
  readonly timeoutSeconds?: number;
  /** The tesseract command. @default "tesseract" */
  readonly tesseract?: string;
};

/** What a scan knows about OCR once it has looked for the engine. */
export type ScanOcr = {
  /** The engine and thresholds as one string ("off" with OCR off), stored with each document it read. */
  readonly settings: string;
  /** The engine's name, for the run's provenance; null with OCR off or without an engine. */
  readonly engineName: string | null;
  /** What a worker needs to OCR one document (null with OCR off); reads stored ones from `db` unless forced. */
  readonly request: (
    db: Db | null,
    sha256: string,
    force: boolean,
  ) => OcrRequest | null;
};

/**
 * Looks for the OCR engine when OCR is on; a missing one is told once (`notice`) and the scan goes on, its
 * pages without a text layer unreadable with the reason, so a later scan with the engine reads them.
 */
export async function prepareOcr(
  options: ScanOcrOptions,
  notice: (line: string) => void,
): Promise<ScanOcr> {
  if ((options.ocr ?? OCR_MODE) === "off")
    return { settings: "off", engineName: null, request: () => null };
  const thresholds: OcrThresholds = {
    minWords: options.ocrMinWords ?? OCR_MIN_WORDS,
    minConfidence: options.ocrMinConfidence ?? OCR_MIN_CONFIDENCE,
  };
  const found = await findEngine(options.tesseract);
  const engine: OcrEngine | null = found.ok ? found.value : null;
  if (!found.ok) notice(found.problem.reason);
  const pageTimeoutMs =
    Math.min(
      OCR_PAGE_TIMEOUT_SECONDS,
      options.timeoutSeconds ?? OCR_PAGE_TIMEOUT_SECONDS,
    ) * 1000;
  return {
    settings:
      engine === null
        ? "no OCR engine"
        : `${engine.name}; words >= ${thresholds.minWords}, confidence >= ${thresholds.minConfidence}`,
    engineName: engine?.name ?? null,
    request: (db, sha256, force) => ({
      engine,
      missingReason: found.ok
        ? null
        : found.problem.reason === MISSING_ENGINE
          ? "tesseract is not installed"
          : "no usable tesseract",
      thresholds,
      pageTimeoutMs,
      cached:
        engine === null || force || db === null
          ? []
          : scanTables.readOcrReads(db, sha256, engine.name),
    }),
  };
}
