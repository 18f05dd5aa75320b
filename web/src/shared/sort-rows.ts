// Sorting table rows by a column, pure: numbers as numbers, text in the reader's collation, empty last.

/** A cell's value for sorting. */
export type SortValue = string | number | boolean | null | undefined;

/** Ascending order of two cells; empty cells (null, undefined, "") sort last either way. */
export function compareCells(a: SortValue, b: SortValue): number {
  const emptyA = a === null || a === undefined || a === "";
  const emptyB = b === null || b === undefined || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean")
    return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** `rows` sorted by `valueOf` (stable), descending when `descending`; empty cells stay last. */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  descending: boolean,
): T[] {
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row) }))
    .sort((x, y) => {
      const empty = (v: SortValue) => v === null || v === undefined || v === "";
      const order = compareCells(x.v, y.v);
      const directed =
        descending && !empty(x.v) && !empty(y.v) ? -order : order;
      return directed || x.i - y.i;
    })
    .map((e) => e.row);
}
