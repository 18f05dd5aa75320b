import type { Location } from "../types.js";
import { isCaps, lineKinds, type DocumentShape } from "./line-kind.js";
import {
  dominantSize,
  pageLines,
  type Line,
  type LocatePage,
} from "./lines.js";
import { findRunningLines } from "./running.js";
import {
  findContentsPages,
  findReferenceLines,
  type ContentPage,
} from "./sections.js";

/** Where in a document a mention starts: its 1-based page and raw offset. */
export type MentionPlace = {
  readonly pageNumber: number;
  readonly start: number;
};

/** The document's body text size and whether it is set in capitals throughout. */
function shapeOf(
  pages: readonly LocatePage[],
  lines: readonly (readonly Line[])[],
): DocumentShape {
  let lettered = 0;
  let caps = 0;
  for (const page of lines)
    for (const l of page)
      if (/\p{L}\p{L}/u.test(l.text)) {
        lettered++;
        if (isCaps(l.text)) caps++;
      }
  return {
    bodySize: dominantSize(pages.flatMap((p) => p.boxes ?? [])),
    isAllCaps: lettered > 0 && caps > 0.5 * lettered,
  };
}

/**
 * Where every line of a document stands (issue 17), from what a scan stores: page text, text boxes (sizes and
 * positions) and lines repeating across pages. Gives, per page number, the location of each line.
 */
export function locateLines(
  pages: readonly LocatePage[],
): Map<number, { lines: Line[]; locations: Location[] }> {
  return locate(pages, pages.map(pageLines));
}

/** locateLines on lines already split; `wanted` (page number → line indexes) limits the per-line rules. */
function locate(
  pages: readonly LocatePage[],
  lines: readonly Line[][],
  wanted?: ReadonlyMap<number, ReadonlySet<number>>,
): Map<number, { lines: Line[]; locations: Location[] }> {
  const shape = shapeOf(pages, lines);
  const running = findRunningLines(lines);
  const content: ContentPage[] = lines.map((l, pageIndex) => ({
    pageIndex,
    lines: l.filter((line) => !running.get(pageIndex)?.has(line.index)),
  }));
  const contents = findContentsPages(content);
  const references = findReferenceLines(content, shape);
  const located = new Map<number, { lines: Line[]; locations: Location[] }>();
  pages.forEach((page, pageIndex) => {
    const own = lines[pageIndex] as Line[];
    const runs = new Set(running.get(pageIndex)?.keys() ?? []);
    const only = wanted?.get(page.pageNumber);
    if (wanted !== undefined && only === undefined) return;
    const kinds = lineKinds(own, shape, runs, only);
    const locations = own.map((line, i): Location => {
      if (runs.has(line.index)) return "running";
      if (contents.has(pageIndex)) return "contents";
      if (references.has(`${pageIndex}:${line.index}`)) return "references";
      return kinds[i] ?? "body";
    });
    located.set(page.pageNumber, { lines: own, locations });
  });
  return located;
}

/** The location of each mention (in the order given): that of the line its first character stands on. */
export function locateMentions(
  pages: readonly LocatePage[],
  mentions: readonly MentionPlace[],
): Location[] {
  const lines = pages.map(pageLines);
  const numberAt = new Map(pages.map((p, i) => [p.pageNumber, i]));
  const lineOf = (m: MentionPlace) =>
    (lines[numberAt.get(m.pageNumber) ?? -1] ?? []).findIndex(
      (l) => m.start >= l.start && m.start <= l.end,
    );
  const wanted = new Map<number, Set<number>>();
  for (const m of mentions)
    wanted.set(
      m.pageNumber,
      (wanted.get(m.pageNumber) ?? new Set()).add(lineOf(m)),
    );
  const located = locate(pages, lines, wanted);
  return mentions.map((m) => {
    const at = lineOf(m);
    return at < 0
      ? "body"
      : (located.get(m.pageNumber)?.locations[at] ?? "body");
  });
}
