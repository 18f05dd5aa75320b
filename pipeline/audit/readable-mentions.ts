import { readablePassage } from "../match/index.js";
import { readableText } from "../normalise/index.js";
import { readPageText, type Db, type StoredMention } from "../store/index.js";

/**
 * Where an export keeps a passage as extracted (ligatures, line breaks, hyphens at line ends), after every other
 * column: its `left_context`, `surface` and `right_context` hold the readable text a spreadsheet search finds.
 */
export const RAW_TEXT_COLUMNS = [
  "left_context_raw",
  "surface_raw",
  "right_context_raw",
] as const;

/** A passage as an export writes it: readable text, and the text as extracted in the `*_raw` columns. */
export type ReadablePassage = {
  readonly left_context: string;
  readonly surface: string;
  readonly right_context: string;
  readonly left_context_raw: string;
  readonly surface_raw: string;
  readonly right_context_raw: string;
};

type Placed = Pick<
  StoredMention,
  "document" | "page" | "start" | "end" | "surface"
> & { readonly left_context: string; readonly right_context: string };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Reads each page once: exports hold many mentions per page. */
export function pageReader(
  db: Db,
): (document: string, page: number) => string | null {
  const pages = new Map<string, string | null>();
  return (document, page) => {
    const key = `${document}\u0000${page}`;
    if (!pages.has(key)) pages.set(key, readPageText(db, document, page));
    return pages.get(key) ?? null;
  };
}

/**
 * The passage of a mention whose context (`left_context`, `right_context`) is shown: the same words, read again
 * from the page as extracted so a word broken at a line end is joined. Without the page (a database from before
 * page texts were stored) the shown words are made readable as they are.
 */
export function readablePassageOf(
  m: Placed,
  raw: string | null,
): ReadablePassage {
  const window = Math.max(
    wordCount(m.left_context),
    wordCount(m.right_context),
  );
  const readable =
    raw === null
      ? {
          left: readableText(m.left_context),
          surface: readableText(m.surface),
          right: readableText(m.right_context),
        }
      : readablePassage(raw, { start: m.start, end: m.end }, window);
  return {
    left_context: readable.left,
    surface: readable.surface,
    right_context: readable.right,
    left_context_raw: m.left_context,
    surface_raw: m.surface,
    right_context_raw: m.right_context,
  };
}

/** Stored mention rows as exports write them: readable passage, then the text as extracted (RAW_TEXT_COLUMNS). */
export function readableMentions<T extends Placed>(
  db: Db,
  rows: readonly T[],
): (T & ReadablePassage)[] {
  const pageOf = pageReader(db);
  return rows.map((m) => ({
    ...m,
    ...readablePassageOf(m, pageOf(m.document, m.page)),
  }));
}
