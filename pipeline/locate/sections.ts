import type { Line } from "./lines.js";
import { isHeading, type DocumentShape } from "./line-kind.js";

/** A page's lines without its running lines, with the page's 0-based position in the document. */
export type ContentPage = {
  readonly pageIndex: number;
  readonly lines: readonly Line[];
};

const CONTENTS_HEADING = /^(table of )?contents( page)?$/iu;
/** A contents entry ends in a page number, often after dot leaders ("1.2 Social value . . . . 14"). */
const ENDS_IN_PAGE = /(\s|\.)[0-9]{1,4}$/u;
const LEADER = /(\.\s?){4,}|\u2026/u;
/** Contents pages stand in the first part of a document. */
const CONTENTS_SHARE = 1 / 3;

const REFERENCES_HEADING =
  /^(references?|bibliography|glossary( of terms)?|sources( and references)?|acronyms|abbreviations|list of (acronyms|abbreviations)|glossary and acronyms|acronyms and abbreviations|notes and references|further reading|works cited)$/iu;
/** A heading's own numbering ("7", "7.2", "A.") is not part of its words. */
const withoutNumber = (text: string) =>
  text.replace(/^([0-9A-Z]{1,3}(\.[0-9]{1,3})*\.?)\s+/u, "").trim();

function looksLikeContents(lines: readonly Line[]): boolean {
  const entries = lines.filter(
    (l) =>
      LEADER.test(l.text) ||
      (ENDS_IN_PAGE.test(l.text) && !/[0-9][.,/][0-9]+$/u.test(l.text)),
  );
  return lines.length >= 4 && entries.length >= 0.6 * lines.length;
}

/**
 * `contents`: a page headed "Contents", or whose lines mostly end in page numbers or dot leaders, in
 * the first third of the document, and the pages after it that still read so, up to the first body page.
 */
export function findContentsPages(pages: readonly ContentPage[]): Set<number> {
  const found = new Set<number>();
  const limit = Math.max(3, Math.ceil(pages.length * CONTENTS_SHARE));
  let inContents = false;
  for (const page of pages.slice(0, limit)) {
    const headed = page.lines
      .slice(0, 4)
      .some((l) => CONTENTS_HEADING.test(withoutNumber(l.text)));
    if (headed || looksLikeContents(page.lines)) {
      found.add(page.pageIndex);
      inContents = true;
    } else if (inContents) break;
  }
  return found;
}

/**
 * `references`: from a heading such as References, Bibliography, Glossary, Sources or Acronyms to the
 * next heading of the same or a larger size. Gives the lines inside, as "pageIndex:lineIndex".
 */
export function findReferenceLines(
  pages: readonly ContentPage[],
  shape: DocumentShape,
): Set<string> {
  const inside = new Set<string>();
  let open: { size: number | null } | null = null;
  for (const page of pages)
    for (const line of page.lines) {
      const named =
        line.text.length < 60 &&
        REFERENCES_HEADING.test(withoutNumber(line.text));
      // Only a line that could open a section, or end the open one, needs the heading test.
      const heading =
        (open !== null || named) &&
        (isHeading(line, shape) || (line.size === null && named));
      if (heading && named) {
        open = { size: line.size };
      } else if (
        heading &&
        open !== null &&
        (open.size === null ||
          line.size === null ||
          line.size >= open.size - 0.25)
      )
        open = null;
      if (open !== null) inside.add(`${page.pageIndex}:${line.index}`);
    }
  return inside;
}
