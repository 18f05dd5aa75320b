import { forTerminal } from "../terminal-text.js";

/** One concordance line: a stored mention, or a place `search` found (its id is then `#n`). */
export type KwicTableRow = {
  readonly mention_id: string;
  readonly plan_id: string;
  /** Relative to the corpus root; the table shows its file name. */
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
  readonly term_id: string;
  /** Empty for every row (search): no verdict column. */
  readonly verdict: string;
  /** Undefined for every row: no location column; null: not located yet, shown as body. */
  readonly location?: string | null;
};

// The words beside the match are what gives way to a narrow terminal: plan, document, page, id and the match
// itself are never cut. Below this many characters a side, the context moves to a line of its own.
const MIN_SIDE = 16;
const INDENT = "  ";
const CONTEXT_INDENT = "      ";
const GAP = "  ";

/**
 * The words of `text` nearest the match that fit in `width` characters, with `…` where words were left out;
 * `side` says which end touches the match. A single word longer than the width is cut inside.
 */
export function shortenContext(
  text: string,
  width: number,
  side: "left" | "right",
): string {
  if (text.length <= width) return text;
  const words = text.split(" ");
  const nearestFirst = side === "left" ? [...words].reverse() : words;
  const kept: string[] = [];
  for (const word of nearestFirst) {
    if ([...kept, word].join(" ").length + 1 > width) break;
    kept.push(word);
  }
  if (kept.length === 0)
    return side === "left"
      ? `…${text.slice(text.length - width + 1)}`
      : `${text.slice(0, width - 1)}…`;
  return side === "left"
    ? `…${kept.reverse().join(" ")}`
    : `${kept.join(" ")}…`;
}

const fileName = (path: string) => path.split("/").pop() ?? path;
const sourceOf = (r: KwicTableRow) => `${r.plan_id}/${fileName(r.document)}`;
// A loop, not Math.max(...cells): spreading a search's 200,000 places overflowed the call stack.
const widest = (cells: readonly string[]) =>
  cells.reduce((most, c) => Math.max(most, c.length), 0);

/** Cells after the context (term, then verdict and location when the rows have them), padded to align. */
function tailColumns(rows: readonly KwicTableRow[]) {
  const columns: [string, (r: KwicTableRow) => string][] = [
    ["term", (r) => r.term_id],
  ];
  if (rows.some((r) => r.verdict !== ""))
    columns.push(["verdict", (r) => r.verdict]);
  if (rows.some((r) => r.location !== undefined))
    columns.push(["location", (r) => r.location ?? "body"]);
  const widths = columns.map(([h, cell]) =>
    Math.max(h.length, widest(rows.map(cell))),
  );
  const render = (cells: readonly string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(GAP);
  return {
    header: render(columns.map(([h]) => h)),
    of: (r: KwicTableRow) => render(columns.map(([, cell]) => cell(r))),
    width: widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1),
  };
}

/**
 * A keyword-in-context table `width` characters wide: a header row, then each row under a heading line naming
 * its plan and document in full (repeated whenever they change), with the match aligned in its own column.
 * Wide enough, a row is one line; narrower, its context drops to a second line. `idHeader` heads the id column.
 */
export function renderKwicTable(
  given: readonly KwicTableRow[],
  options: { readonly width: number; readonly idHeader: string },
): string {
  const rows = given.map((r) => ({
    ...r,
    plan_id: forTerminal(r.plan_id),
    document: forTerminal(r.document),
    left: forTerminal(r.left),
    match: forTerminal(r.match),
    right: forTerminal(r.right),
  }));
  const idWidth = widest([options.idHeader, ...rows.map((r) => r.mention_id)]);
  const pageWidth = widest(["page", ...rows.map((r) => `p${r.page}`)]);
  const matchWidth = widest(["match", ...rows.map((r) => r.match)]);
  const contextWidth = widest(rows.flatMap((r) => [r.left, r.right]));
  const tail = tailColumns(rows);
  const head = (id: string, page: string) =>
    `${INDENT}${id.padEnd(idWidth)}${GAP}${page.padStart(pageWidth)}`;
  // The indent, the id, page and match columns, the tail, three gaps and the two " | " around the match.
  const fixed =
    INDENT.length + idWidth + pageWidth + matchWidth + tail.width + 3 * 2 + 6;
  const wideSide = Math.floor((options.width - fixed) / 2);
  const isWide = wideSide >= Math.min(MIN_SIDE, contextWidth);
  const side = Math.max(
    4,
    Math.min(
      contextWidth,
      isWide
        ? wideSide
        : Math.floor(
            (options.width - CONTEXT_INDENT.length - 6 - matchWidth) / 2,
          ),
    ),
  );
  const context = (left: string, match: string, right: string) =>
    `${shortenContext(left, side, "left").padStart(side)} | ${match.padEnd(matchWidth)} | ${shortenContext(right, side, "right").padEnd(side)}`;
  const line = (id: string, page: string, kwic: string, rest: string) =>
    isWide
      ? [`${head(id, page)}${GAP}${kwic}${GAP}${rest}`.trimEnd()]
      : [
          `${head(id, page)}${GAP}${rest}`.trimEnd(),
          `${CONTEXT_INDENT}${kwic}`.trimEnd(),
        ];
  const out = [
    "plan/document",
    ...line(
      options.idHeader,
      "page",
      `${"left".padStart(side)} | ${"match".padEnd(matchWidth)} | ${"right".padEnd(side)}`,
      tail.header,
    ),
  ];
  rows.forEach((r, i) => {
    const previous = rows[i - 1];
    if (previous === undefined || sourceOf(previous) !== sourceOf(r))
      out.push(sourceOf(r));
    for (const text of line(
      r.mention_id,
      `p${r.page}`,
      context(r.left, r.match, r.right),
      tail.of(r),
    ))
      out.push(text);
  });
  return out.join("\n");
}
