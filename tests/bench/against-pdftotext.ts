// Issues 12, 18 and 29: a cold scan (--ocr off) against poppler's pdftotext run over the same files, one process
// per file, one after another: what an analyst would otherwise run.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { tempDir } from "../helpers.js";
import { alternatingPairs } from "./alternating-pairs.js";
import { corpusFiles, scan, type ScanJson } from "./scan-corpus.js";
import { loadAverage, measure, timed } from "./timed.js";

/** The comparison's table row, the last cold scan's database (for the re-runs) and the scans' median seconds. */
export type ColdScan = {
  readonly row: Record<string, string>;
  readonly db: string;
  readonly seconds: number;
  readonly json: ScanJson;
};

/** pdftotext over `files`, one process per file, one after another; the text goes to a pipe, as the scan's does. */
const pdftotextLoop = (files: readonly string[]) =>
  measure(() => {
    for (const f of files) timed("pdftotext", ["-q", f, "-"]);
  });

/**
 * `pairs` alternating pairs of a cold scan of `root` (each into a new database) and the pdftotext loop over its
 * files; `targetWall` is the highest scan / pdftotext wall ratio the issue allows.
 */
export function coldScanAgainstPdftotext(
  name: string,
  root: string,
  targetWall: number,
  pairs: number,
): ColdScan {
  const files = corpusFiles(root);
  let db = "";
  let json: ScanJson | undefined;
  const paired = alternatingPairs(
    pairs,
    () => {
      // Only the last pair's database is kept: each takes tens of megabytes of disk.
      if (db !== "") rmSync(dirname(db), { recursive: true, force: true });
      db = join(tempDir("stp-bench-db-"), "cold.sqlite");
      const cold = scan(root, db);
      json = cold.json;
      return cold;
    },
    () => pdftotextLoop(files),
  );
  if (json === undefined) throw new Error("alternatingPairs ran no pair");
  const { a: cold, b: poppler } = paired;
  const [low, high] = paired.wallRange;
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  return {
    db,
    json,
    seconds: cold.seconds,
    row: {
      corpus: name,
      documents: String(json.documents),
      pages: String(json.pagesRead),
      workers: String(json.workers),
      pairs: String(paired.pairs),
      "pdftotext loop, wall / CPU": `${s(poppler.seconds)} / ${s(poppler.cpuSeconds)}`,
      "cold scan, wall / CPU": `${s(cold.seconds)} / ${s(cold.cpuSeconds)}`,
      "scan / pdftotext, wall (pairs' range)": `${paired.wallRatio.toFixed(2)} x (${low.toFixed(2)}-${high.toFixed(2)})`,
      "scan / pdftotext, CPU": `${paired.cpuRatio.toFixed(2)} x`,
      "target, wall": `<= ${targetWall} x: ${paired.wallRatio <= targetWall ? "met" : "missed"}`,
      "pages/s": (json.pagesRead / cold.seconds).toFixed(0),
      "peak RSS (last scan)": `${Math.round(json.maxRssKb / 1024)} MB (<= 1024 MB)`,
      "load average": loadAverage(),
    },
  };
}
