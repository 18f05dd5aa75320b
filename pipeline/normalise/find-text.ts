import type { Span } from "../types.js";
import { eachReading, normalise } from "./normalise.js";

const isWordChar = (c: string | undefined) =>
  c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where the words of `text` stand in a page's raw text, in page order: each place's raw span, read as a person
 * reads the page (spec §Normalisation: ligatures, dashes and quotes folded, line breaks and whitespace runs as one
 * space, a line-end hyphen read both ways), case aside, and only at word boundaries ("value" is not found inside
 * "values"). None for text that holds no word. So words copied from a PDF viewer, or typed, find their passage.
 */
export function findText(raw: string, text: string): Span[] {
  const wanted = normalise(text).text.trim();
  if (!/[\p{L}\p{N}]/u.test(wanted)) return [];
  const found = new Map<string, Span>();
  for (const reading of eachReading(raw)) {
    // Lower case only where it keeps every offset (a few letters change length when lowered).
    const lower = reading.text.toLowerCase();
    const needle = wanted.toLowerCase();
    const isSameLength =
      lower.length === reading.text.length && needle.length === wanted.length;
    const haystack = isSameLength ? lower : reading.text;
    const target = isSameLength ? needle : wanted;
    for (let at = haystack.indexOf(target); at !== -1;) {
      const end = at + target.length;
      const isWhole =
        !(isWordChar(target[0]) && isWordChar(haystack[at - 1])) &&
        !(isWordChar(target[target.length - 1]) && isWordChar(haystack[end]));
      if (isWhole) {
        const span = {
          start: reading.toRaw[at] as number,
          end: reading.toRawEnd[end - 1] as number,
        };
        found.set(`${span.start}:${span.end}`, span);
      }
      at = haystack.indexOf(target, at + 1);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * `span` of `raw` widened to whole words (a selection that starts or ends inside a word takes the whole word) and
 * narrowed past the spaces and punctuation at its ends, so it starts and ends on a letter or digit; null when it
 * holds none, or lies outside the text.
 */
export function wholeWordsSpan(raw: string, span: Span): Span | null {
  if (span.start < 0 || span.end > raw.length || span.end <= span.start)
    return null;
  let start = span.start;
  let end = span.end;
  while (start < end && !isWordChar(raw[start])) start++;
  while (end > start && !isWordChar(raw[end - 1])) end--;
  if (end === start) return null;
  while (start > 0 && isWordChar(raw[start - 1])) start--;
  while (end < raw.length && isWordChar(raw[end])) end++;
  return { start, end };
}
