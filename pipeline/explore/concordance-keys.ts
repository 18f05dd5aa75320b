// A concordance sorted by several keys at once, as AntConc sorts its KWIC lines (e.g. R1, then R2, then L1): the
// words each side of the match counted outwards from it, or a column of the line.
import { leftKey } from "./concordance.js";
import type { PlaceInContext } from "./search.js";

/** The columns a concordance sorts by besides the words beside the match; `left`/`right` as `search --sort`. */
const COLUMN_KEYS = [
  "plan",
  "document",
  "page",
  "match",
  "term",
  "concept",
  "left",
  "right",
] as const;

/** L1..L9: the first to ninth word left of the match, counted outwards; R1..R9 to its right. */
const WORD_KEY = /^([LR])([1-9])$/;

/** A sort key as given: a column or a word position, `-` before it for descending. */
const isSortKey = (key: string) => {
  const name = key.replace(/^-/, "");
  return (
    WORD_KEY.test(name) || (COLUMN_KEYS as readonly string[]).includes(name)
  );
};

/** The keys of `keys` a concordance cannot be sorted by (none: all can). */
export const unknownSortKeys = (keys: readonly string[]): string[] =>
  keys.filter((k) => !isSortKey(k));

/** Every key a concordance can be sorted by, as a message lists them. */
export const SORT_KEYS_HELP = `${COLUMN_KEYS.join(", ")}, L1-L9, R1-R9 (words left and right of the match, nearest first); - before a key sorts it descending`;

/** The words of a context, lower-cased, without the punctuation around them: what a word key compares. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w !== "");

type Line = Pick<
  PlaceInContext,
  | "plan_id"
  | "document"
  | "page"
  | "match"
  | "term_id"
  | "concept"
  | "left"
  | "right"
  | "order"
>;

/** What one key reads of a line. */
function keyReader(key: string): (line: Line) => string | number {
  const word = WORD_KEY.exec(key);
  if (word !== null) {
    const at = Number(word[2]) - 1;
    return word[1] === "L"
      ? (l) => wordsOf(l.left).reverse()[at] ?? ""
      : (l) => wordsOf(l.right)[at] ?? "";
  }
  const column = key as (typeof COLUMN_KEYS)[number];
  switch (column) {
    case "plan":
      return (l) => l.plan_id;
    case "document":
      return (l) => l.document;
    case "page":
      return (l) => l.page;
    case "match":
      return (l) => l.match.toLowerCase();
    case "term":
      return (l) => l.term_id;
    case "concept":
      return (l) => l.concept;
    case "left":
      return leftKey;
    case "right":
      return (l) => l.right.toLowerCase();
  }
}

/**
 * The lines sorted by each key in turn (every key known: see unknownSortKeys), ties left in corpus order; no
 * keys: corpus order. Each line's keys are read once, and text compared as `localeCompare` compares it. Pure.
 */
export function sortConcordance<L extends Line>(
  lines: readonly L[],
  keys: readonly string[],
): L[] {
  const readers = keys.map((k) => ({
    read: keyReader(k.replace(/^-/, "")),
    sign: k.startsWith("-") ? -1 : 1,
  }));
  const collator = new Intl.Collator();
  const read = lines.map((l) => readers.map((r) => r.read(l)));
  const compare = (a: number, b: number) => {
    for (const [k, r] of readers.entries()) {
      const x = read[a]?.[k] ?? "";
      const y = read[b]?.[k] ?? "";
      const c =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : collator.compare(String(x), String(y));
      if (c !== 0) return c * r.sign;
    }
    return (lines[a]?.order ?? 0) - (lines[b]?.order ?? 0);
  };
  return [...lines.keys()].sort(compare).map((i) => lines[i] as L);
}
