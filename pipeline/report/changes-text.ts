import type { ScanChanges, ShareFigures } from "../scan/index.js";
import { counted } from "../plural.js";

const share = (s: ShareFigures) =>
  `${s.numerator}/${s.denominator} (${s.share === null ? "n/a" : `${(s.share * 100).toFixed(1)}%`})`;
const perTerm = (sign: string, counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([term, n]) => `${sign}${n} ${term}`);

/** "1 under term social-value (was add-social-value)", per pair of terms. */
function carried(c: ScanChanges["carriedVerdicts"]): string {
  const counts = new Map<string, number>();
  for (const v of c) {
    const key = `${v.toTerm} (was ${v.fromTerm})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([terms, n]) => `${n} under term ${terms}`)
    .join(", ");
}

/** What a scan changed, as the lines a re-run ends with. */
export function renderChanges(c: ScanChanges): string {
  const d = c.documents;
  if (c.firstScan)
    return `first scan of this database: ${counted(d.read, "document")} read\n`;
  const mentionLines = [
    ...perTerm("+", c.mentions.appeared),
    ...perTerm("-", c.mentions.disappeared),
  ];
  const lines = [
    "changes since the last scan:",
    `  documents: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed, ${d.unchanged} unchanged` +
      ` (${d.read} read, ${d.rematched} matched again)`,
    ...[
      ...d.added.map((p) => `    added ${p}`),
      ...d.changed.map((p) => `    changed ${p}`),
      ...d.removed.map((p) => `    removed ${p}`),
    ].slice(0, 20),
    `  mentions: ${mentionLines.length === 0 ? "none appeared or disappeared" : mentionLines.join(", ")}`,
    ...(c.carriedVerdicts.length === 0
      ? []
      : [
          `  audit verdicts carried to the same passage: ${carried(c.carriedVerdicts)}`,
        ]),
    `  audit verdicts left without their mention: ${c.orphanedVerdicts.length}` +
      (c.orphanedVerdicts.length > 0
        ? ` (${c.orphanedVerdicts.map((v) => `${v.mentionId} ${v.verdict}`).join(", ")})`
        : ""),
    c.statistic.before === null
      ? `  unaudited statistic: ${share(c.statistic.after)}`
      : c.statistic.moved
        ? `  unaudited statistic moved: ${share(c.statistic.before)} -> ${share(c.statistic.after)}`
        : `  unaudited statistic unchanged: ${share(c.statistic.after)}`,
  ];
  return lines.join("\n") + "\n";
}
