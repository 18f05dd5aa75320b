import type { TextBox } from "../types.js";

/** One line of a page's text as extracted: [start, end) into the raw text, with what its text items say. */
export type Line = {
  /** 0-based position of the line on its page, in raw-text order. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The line's text, whitespace collapsed and trimmed. */
  readonly text: string;
  /** The line's text as extracted: raw.slice(start, end). */
  readonly raw: string;
  /** The line's items (text boxes) in stream order; empty when the page's boxes are not stored. */
  readonly boxes: readonly TextBox[];
  /** Font size the most characters of the line are set in (box height); null without boxes. */
  readonly size: number | null;
  /** Baseline of the line's first item (PDF user space, up is larger); null without boxes. */
  readonly y: number | null;
  /** Left edge of the line's first item; null without boxes. */
  readonly x: number | null;
};

/** A page as the locate stage reads it: the stored text and, when known, its text boxes. */
export type LocatePage = {
  /** 1-based page number. */
  readonly page: number;
  readonly raw: string;
  readonly boxes: readonly TextBox[] | null;
};

/** Heights rounded to a tenth of a point, so 10.9 and 10.91 are one size. */
export const roundSize = (n: number) => Math.round(n * 10) / 10;

/**
 * A word box of a page read by OCR. Its height is the word's ink (ocr/read-ocr-page.ts), which depends on its
 * letters ("use" is shorter than "policy") and is well under the font size, so it says nothing of the size the
 * text is set in: judged as one, a scanned letter's lines were smaller than the body text, so footnotes.
 */
export const isOcrBox = (box: TextBox) => box.confidence !== undefined;

/** The size most characters of these boxes are set in; OCR word boxes have no font size (isOcrBox). */
export function dominantSize(boxes: readonly TextBox[]): number | null {
  const weight = new Map<number, number>();
  for (const b of boxes) {
    if (isOcrBox(b)) continue;
    const size = roundSize(b.height);
    weight.set(size, (weight.get(size) ?? 0) + (b.end - b.start));
  }
  let best: number | null = null;
  let bestWeight = -1;
  for (const [size, w] of weight)
    if (w > bestWeight || (w === bestWeight && size < (best ?? Infinity))) {
      best = size;
      bestWeight = w;
    }
  return best;
}

/**
 * A line's size: that of its longest item (a line is nearly always set in one size; no map per line); null for
 * a line read by OCR (isOcrBox), so no rule judges it by size.
 */
function lineSize(boxes: readonly TextBox[]): number | null {
  let best: TextBox | null = null;
  for (const b of boxes) {
    if (isOcrBox(b)) return null;
    if (best === null || b.end - b.start > best.end - best.start) best = b;
  }
  return best === null ? null : roundSize(best.height);
}

/**
 * A page's lines: the raw text split at "\n" (the extractor ends a line where pdf.js says an item ends one),
 * blank lines left out, each with the text boxes that start inside it.
 */
export function pageLines(page: LocatePage): Line[] {
  const lines: Line[] = [];
  const boxes = page.boxes ?? [];
  let boxAt = 0;
  let start = 0;
  for (const part of page.raw.split("\n")) {
    const end = start + part.length;
    const mine: TextBox[] = [];
    while (boxAt < boxes.length && (boxes[boxAt] as TextBox).start < end) {
      const box = boxes[boxAt] as TextBox;
      if (box.start >= start) mine.push(box);
      boxAt++;
    }
    const trimmed = part.trim();
    const text = /\s\s|[^\S ]/.test(trimmed)
      ? trimmed.replace(/\s+/g, " ")
      : trimmed;
    if (text !== "") {
      const first = mine[0];
      lines.push({
        index: lines.length,
        start,
        end,
        text,
        raw: part,
        boxes: mine,
        size: lineSize(mine),
        y: first?.y ?? null,
        x: first?.x ?? null,
      });
    }
    start = end + 1;
  }
  return lines;
}
