import type { RuleOutcome } from "../stats/index.js";
import { escapeHtml as e } from "./escape.js";

const pct = (x: number | null) =>
  x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;

/**
 * The report's sensitivity table: the statistic under each counting rule with its 95% Wilson interval,
 * and the plans whose yes/no flips from the first rule's.
 */
export function renderSensitivitySection(
  rules: readonly RuleOutcome[],
  resting: readonly string[],
): string {
  const rows = rules.map(
    (r) =>
      `<tr><td>${e(r.rule)}</td><td class="n">${r.numerator} of ${r.denominator}</td><td class="n">${pct(r.share)}</td><td>${r.interval === null ? "n/a" : `${pct(r.interval.low)} to ${pct(r.interval.high)}`}</td><td>${r.flips.map((f) => `${e(f.plan)} (${f.from ? "yes" : "no"} → ${f.to ? "yes" : "no"})`).join(", ") || "none"}</td></tr>`,
  );
  const note =
    resting.length === 0
      ? "No plan's “yes” rests only on mentions in contents pages, running headers or footers, or references."
      : `${resting.length} plan${resting.length === 1 ? "'s" : "s'"} “yes” rest${resting.length === 1 ? "s" : ""} only on mentions in contents pages, running headers or footers, or references (marked † in the plan table): ${resting.map(e).join(", ")}.`;
  return `<section id="sensitivity"><h2>How the share depends on where mentions stand</h2>
<p class="note">Each mention's location (heading, body, list, table, footnote, caption, contents, running header or footer, references) is worked out from the page text and layout. The spec counts every location; the narrower rules below leave some out.</p>
<table><thead><tr><th>Counting rule</th><th>Plans that mention</th><th>Share</th><th>95% Wilson interval</th><th>Plans whose yes/no flips</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table><p>${note}</p></section>`;
}
