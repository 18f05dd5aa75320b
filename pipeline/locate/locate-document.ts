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
  readonly page: number;
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
 * Where every line of a document stands, from what a scan stores: page text, text boxes (sizes and
 * positions) and lines repeating across pages. Gives, per page number, the location of each line.
 */
export function locateLines(
  pages: readonly LocatePage[],
): Map<number, { lines: Line[]; locations: Location[] }> {
  return locate(pages, pages.map(pageLines));
}

/**
 * What locating one line needs from the rest of its document (page numbers, line indexes), plain data a database
 * can keep: the body size and capitals (shape), the lines repeating across pages, the contents pages and the
 * lines of reference sections. With it, a page's lines are located from that page alone.
 */
export type DocumentLayout = {
  readonly shape: DocumentShape;
  /** Page number → indexes of its running lines (headers, footers). */
  readonly running: Readonly<Record<number, readonly number[]>>;
  /** Page numbers of the contents pages. */
  readonly contents: readonly number[];
  /** Page number → indexes of its lines inside a reference section. */
  readonly references: Readonly<Record<number, readonly number[]>>;
};

/** The layout of a document from every one of its pages (split into lines). */
function layoutOf(
  pages: readonly LocatePage[],
  lines: readonly Line[][],
): DocumentLayout {
  const shape = shapeOf(pages, lines);
  const running = findRunningLines(lines);
  const content: ContentPage[] = lines.map((l, pageIndex) => ({
    pageIndex,
    lines: l.filter((line) => !running.get(pageIndex)?.has(line.index)),
  }));
  const contents = findContentsPages(content);
  const references: Record<number, number[]> = {};
  for (const key of findReferenceLines(content, shape)) {
    const [pageIndex, line] = key.split(":").map(Number) as [number, number];
    const pageNumber = (pages[pageIndex] as LocatePage).page;
    (references[pageNumber] ??= []).push(line);
  }
  const runningLines: Record<number, number[]> = {};
  for (const [pageIndex, found] of running)
    runningLines[(pages[pageIndex] as LocatePage).page] = [...found.keys()];
  return {
    shape,
    running: runningLines,
    contents: [...contents].map((i) => (pages[i] as LocatePage).page),
    references,
  };
}

/** The layout of a document (see DocumentLayout), from every one of its stored pages. */
export function documentLayout(pages: readonly LocatePage[]): DocumentLayout {
  return layoutOf(pages, pages.map(pageLines));
}

/**
 * The location of each line of the given pages (any of the document's pages) from the document's layout;
 * `wanted` (page number → line indexes) limits the per-line rules and the pages.
 */
function locateInLayout(
  layout: DocumentLayout,
  pages: readonly LocatePage[],
  lines: readonly Line[][],
  wanted?: ReadonlyMap<number, ReadonlySet<number>>,
): Map<number, { lines: Line[]; locations: Location[] }> {
  const contents = new Set(layout.contents);
  const located = new Map<number, { lines: Line[]; locations: Location[] }>();
  pages.forEach((page, pageIndex) => {
    const own = lines[pageIndex] as Line[];
    const runs = new Set(layout.running[page.page] ?? []);
    const references = new Set(layout.references[page.page] ?? []);
    const only = wanted?.get(page.page);
    if (wanted !== undefined && only === undefined) return;
    const kinds = lineKinds(own, layout.shape, runs, only);
    const locations = own.map((line, i): Location => {
      if (runs.has(line.index)) return "running";
      if (contents.has(page.page)) return "contents";
      if (references.has(line.index)) return "references";
      return kinds[i] ?? "body";
    });
    located.set(page.page, { lines: own, locations });
  });
  return located;
}

/** locateLines on lines already split; `wanted` (page number → line indexes) limits the per-line rules. */
function locate(
  pages: readonly LocatePage[],
  lines: readonly Line[][],
  wanted?: ReadonlyMap<number, ReadonlySet<number>>,
): Map<number, { lines: Line[]; locations: Location[] }> {
  return locateInLayout(layoutOf(pages, lines), pages, lines, wanted);
}

/** The location of each mention (in the order given): that of the line its first character stands on. */
export function locateMentions(
  pages: readonly LocatePage[],
  mentions: readonly MentionPlace[],
): Location[] {
  const lines = pages.map(pageLines);
  return placesIn(pages, lines, mentions, (wanted) =>
    locate(pages, lines, wanted),
  );
}

/**
 * locateMentions from the document's layout (documentLayout, kept from an earlier run) and only the pages the
 * mentions stand on: the same locations without reading the rest of the document.
 */
export function locateMentionsInLayout(
  layout: DocumentLayout,
  pages: readonly LocatePage[],
  mentions: readonly MentionPlace[],
): Location[] {
  const lines = pages.map(pageLines);
  return placesIn(pages, lines, mentions, (wanted) =>
    locateInLayout(layout, pages, lines, wanted),
  );
}

/** Each mention's location: that of the line its first character stands on, from `located` (wanted lines). */
function placesIn(
  pages: readonly LocatePage[],
  lines: readonly Line[][],
  mentions: readonly MentionPlace[],
  located: (
    wanted: ReadonlyMap<number, ReadonlySet<number>>,
  ) => Map<number, { lines: Line[]; locations: Location[] }>,
): Location[] {
  const numberAt = new Map(pages.map((p, i) => [p.page, i]));
  const lineOf = (m: MentionPlace) =>
    (lines[numberAt.get(m.page) ?? -1] ?? []).findIndex(
      (l) => m.start >= l.start && m.start <= l.end,
    );
  const wanted = new Map<number, Set<number>>();
  for (const m of mentions)
    wanted.set(m.page, (wanted.get(m.page) ?? new Set()).add(lineOf(m)));
  const found = located(wanted);
  return mentions.map((m) => {
    const at = lineOf(m);
    return at < 0 ? "body" : (found.get(m.page)?.locations[at] ?? "body");
  });
}
