// What pdf.js reported while reading a document, as a scan stores and shows it. Pure.

/** Distinct warnings kept for one document; a damaged file can repeat one thousands of times. */
const MAX_DISTINCT = 20;
/** A warning longer than this is cut: some quote a whole broken stream. */
const MAX_LENGTH = 300;

/**
 * Messages pdf.js gives when the file's structure was broken and it rebuilt it: the cross-reference table
 * ("Indexing all PDF objects"), the trailer's Root, Pages or Encrypt entries, objects that lack "endobj".
 */
const REPAIRS = [
  /^Indexing all PDF objects/,
  /^XRef\.parse - Invalid/,
  /^indexObjects: /,
  /XRefParseException/,
];

/** One line per distinct warning, in the order first seen, with how often it came when more than once. */
export function summariseWarnings(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of warnings) {
    const line = w.replace(/\s+/g, " ").trim();
    const cut =
      line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
    counts.set(cut, (counts.get(cut) ?? 0) + 1);
  }
  const lines = [...counts].map(([w, n]) => (n > 1 ? `${w} (${n} times)` : w));
  if (lines.length <= MAX_DISTINCT) return lines;
  const more = lines.length - MAX_DISTINCT;
  return [
    ...lines.slice(0, MAX_DISTINCT),
    `and ${more} other warning${more > 1 ? "s" : ""}`,
  ];
}

/** True when pdf.js had to rebuild the file's structure to read it: its pages may be incomplete. */
export const wasRepaired = (warnings: readonly string[]): boolean =>
  warnings.some((w) => REPAIRS.some((r) => r.test(w)));
