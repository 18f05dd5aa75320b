// Tesseract's TSV output: one row per layout element, tab-separated, with a header row. Columns:
// level page_num block_num par_num line_num word_num left top width height conf text. Level 5 rows are words
// (levels 1-4 are page, block, paragraph and line, with conf -1); boxes are pixels of the image it was given,
// origin at the top left.

import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** One Tesseract word as the TSV gives it: box in pixels of the image read (origin top left, y down). */
export type TsvWord = {
  readonly block: number;
  readonly paragraph: number;
  readonly line: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** 0-100; Tesseract 5 gives decimals. */
  readonly confidence: number;
  readonly text: string;
};

const COLUMNS = [
  "level",
  "page_num",
  "block_num",
  "par_num",
  "line_num",
  "word_num",
  "left",
  "top",
  "width",
  "height",
  "conf",
  "text",
] as const;

/**
 * The words of a Tesseract TSV, in its reading order. Rows that are not words (levels 1-4), words with no
 * text and rows that do not parse are left out; a TSV without Tesseract's header is a problem.
 */
export function parseTsv(tsv: string): Result<TsvWord[]> {
  const lines = tsv.split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  if (COLUMNS.some((c, i) => header[i] !== c))
    return fail({
      reason: `not Tesseract TSV (header ${JSON.stringify((lines[0] ?? "").slice(0, 60))})`,
    });
  const words: TsvWord[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    if (cells[0] !== "5" || cells.length < COLUMNS.length) continue;
    // A word's text could hold a tab only if Tesseract wrote one; keep what follows as part of the text.
    const text = cells.slice(11).join("\t").trim();
    const n = cells.slice(2, 11).map(Number);
    const [block, paragraph, lineNumber, , left, top, width, height, conf] = n;
    if (text === "" || n.some((v) => !Number.isFinite(v))) continue;
    words.push({
      block: block as number,
      paragraph: paragraph as number,
      line: lineNumber as number,
      left: left as number,
      top: top as number,
      width: width as number,
      height: height as number,
      confidence: Math.max(0, Math.min(100, conf as number)),
      text,
    });
  }
  return ok(words);
}
