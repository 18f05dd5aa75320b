/** A plain-text table with aligned columns; numbers are right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  // A loop, not Math.max(...rows): spreading 200,000 rows overflowed the call stack.
  const widths = header.map((h, i) =>
    rows.reduce(
      (most, r) => Math.max(most, String(r[i] ?? "").length),
      h.length,
    ),
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
  return [line(header), line(widths.map((w) => "-".repeat(w)))]
    .concat(rows.map(line))
    .join("\n");
}
