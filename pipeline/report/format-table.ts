import { forTerminal } from "../terminal-text.js";

/** A plain-text table with aligned columns; numbers are right-aligned; control characters shown (forTerminal). */
export function formatTable(
  header: readonly string[],
  given: readonly (readonly (string | number)[])[],
): string {
  const rows = given.map((r) =>
    r.map((c) => (typeof c === "string" ? forTerminal(c) : c)),
  );
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
