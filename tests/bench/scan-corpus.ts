// The scan as make bench runs it, and the files of a corpus for the references (pdftotext, pdfgrep) beside it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../pipeline/csv/index.js";
import { CLI_BUNDLE } from "../helpers.js";
import { timed, type Timed } from "./timed.js";

/** The fields of `stp-scan scan --json` that the bench reads. */
export type ScanJson = {
  readonly workers: number;
  readonly documents: number;
  readonly pagesRead: number;
  readonly maxRssKb: number;
};

/** A scan of `corpus` into `db` as the stp-scan bin runs it, `--ocr off` unless `extra` says otherwise. */
export function scan(
  corpus: string,
  db: string,
  extra: readonly string[] = [],
): Timed & { json: ScanJson } {
  // As the stp-scan bin runs it.
  const r = timed(process.execPath, [
    CLI_BUNDLE,
    "scan",
    "--corpus",
    corpus,
    "--db",
    db,
    "--json",
    // The text layers' speed (spec v1.1) unless OCR is asked for: OCR has a row of its own.
    ...(extra.includes("--ocr") ? [] : ["--ocr", "off"]),
    ...extra,
  ]);
  if (r.status !== 0)
    throw new Error(`scan of ${corpus} failed (exit ${r.status})`);
  return { ...r, json: JSON.parse(r.stdout) as ScanJson };
}

/** The files of a corpus that exist, from its manifest. */
export const corpusFiles = (root: string) =>
  readCsv(join(root, "manifest.csv"))
    .rows.map((r) => join(root, r.cells.path ?? ""))
    .filter((f) => existsSync(f));
