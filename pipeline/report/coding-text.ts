import type { Codebook, Drawn, SettledMention } from "../audit/index.js";
import { counted } from "../plural.js";
import { codingText } from "./agreement-text.js";
import { formatTable } from "./format-table.js";

/** What blind coding does, said where it is turned on. */
const BLIND_MEANS =
  "the walk, audit export and serve show them no other auditor's verdict or note, and every mention of their sample is offered";

/** `audit sample`: the sample drawn for `auditor`, stratum by stratum, and what to do next; as JSON or text. */
export function renderSample(
  auditor: string,
  d: Drawn,
  asked: Readonly<Record<string, number>>,
  json: boolean,
): string {
  if (json)
    return `${JSON.stringify(
      {
        auditor,
        sample: d.sampleId,
        seed: d.seed,
        ...asked,
        population: d.population,
        drawn: d.mentions.length,
        strata: d.strata,
        mentions: d.mentions.map((m) => m.mentionId),
        blind: true,
      },
      null,
      2,
    )}\n`;
  return [
    `drew ${d.mentions.length} of ${counted(d.population, "mention")} for ${auditor} (seed ${d.seed}; sample ${d.sampleId}), stratified by plan and concept:`,
    formatTable(
      ["plan", "concept", "mentions", "drawn"],
      d.strata.map((s) => [s.plan, s.concept, s.population, s.drawn]),
    ),
    d.turnedBlind
      ? `${auditor} codes blind from now on: ${BLIND_MEANS} (stp-scan audit blind off to stop)`
      : `${auditor} codes blind: ${BLIND_MEANS}`,
    `next: stp-scan audit --auditor ${auditor}, or stp-scan audit export --auditor ${auditor} --blind --out FILE.csv`,
    "",
  ].join("\n");
}

/** `audit blind on|off`: what the auditor sees from now on. */
export function renderBlindMode(auditor: string, blind: boolean): string {
  return blind
    ? `${auditor} codes blind from now on: ${BLIND_MEANS}\n`
    : `${auditor} no longer codes blind: other auditors' verdicts and notes are shown again, and their verdicts are not counted as independent once they have seen others'\n`;
}

/** `audit codes`: the codebook, with each code's key in the walk; as JSON or a table. */
export function renderCodebook(codebook: Codebook, json: boolean): string {
  if (json) return `${JSON.stringify(codebook, null, 2)}\n`;
  return `codebook ${codebook.path}\n${formatTable(
    ["key", "code", "counts as", "label", "meaning"],
    codebook.codes.map((c) => [c.key, c.id, c.countsAs, c.label, c.meaning]),
  )}\n`;
}

/** `audit settle`: the settlement, and the auditors' verdicts it leaves in the history. */
export function renderSettlement(
  settled: SettledMention | undefined,
  asked: {
    readonly mentionId: string;
    readonly verdict: string;
    readonly by: string;
  },
): string {
  const kept = (settled?.verdicts ?? []).map(codingText);
  return `settled ${asked.mentionId} as ${asked.verdict}\n  by ${asked.by}; ${kept.length === 0 ? "no auditor's verdict on it" : kept.join(", ")} kept in the history (stp-scan audit log --mention ${asked.mentionId})\n`;
}
