/** A plain-text table with aligned columns; numbers are right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)),
  );
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((c, i) =>
        typeof c === "number"
          ? String(c).padStart(widths[i] ?? 0)
          : String(c).padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}
