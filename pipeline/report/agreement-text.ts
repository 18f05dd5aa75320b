import type {
  AgreementStudy,
  Codebook,
  CodingDispute,
  PairAgreement,
} from "../audit/index.js";
import { counted } from "../plural.js";
import { formatTable } from "./format-table.js";

const pct = (x: number | null) =>
  x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
const fixed = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** A coding as a disagreement line names it: "ann accepted (commitment)". */
export const codingText = (c: {
  readonly auditor: string;
  readonly verdict: string;
  readonly code: string | null;
}) => `${c.auditor} ${c.verdict}${c.code === null ? "" : ` (${c.code})`}`;

/** One pair: the line `audit agreement` has always printed, then kappa's interval and what was left out. */
function pairLines(p: PairAgreement): string[] {
  return [
    `${p.a} and ${p.b} both judged ${counted(p.both, "mention")}; they agree on ${p.agreed} (${pct(p.observed)}); Cohen's kappa ${fixed(p.kappa)}`,
    `  95% interval ${p.interval === null ? "n/a" : `${fixed(p.interval.low)} to ${fixed(p.interval.high)}`} (variance of Fleiss, Cohen & Everitt 1969)` +
      (p.notIndependent === 0
        ? ""
        : `; ${counted(p.notIndependent, "more mention")} both judged, but not independently (not blind, after another's verdict): left out`),
  ];
}

/** The reasons of a pair side by side: rows the first auditor, columns the second. */
function confusionLines(p: PairAgreement): string[] {
  if (p.both === 0) return [];
  const { categories, counts } = p.confusion;
  return [
    `reasons of ${p.a} (rows) and ${p.b} (columns):`,
    formatTable(
      [`${p.a} \\ ${p.b}`, ...categories],
      categories.map((c, i) => [c, ...(counts[i] ?? [])]),
    ),
  ];
}

function disputeLine(d: CodingDispute): string {
  const codings = d.codings.map(codingText).join(", ");
  const s = d.settlement;
  return s === null
    ? `  ${d.mentionId}: ${codings}`
    : `  ${d.mentionId}: ${codings}; settled ${s.verdict}${s.code === null ? "" : ` (${s.code})`} by ${s.auditor}${s.note === null ? "" : `: ${s.note}`}`;
}

/**
 * `audit agreement --json`: every pair, alpha and the disputes; with two auditors, their pair's figures at the top
 * level too (`both`, `agreed`, `observed`, `kappa`, `disagreements` as before, and `interval`).
 */
function agreementJson(study: AgreementStudy) {
  const [only] = study.pairs.length === 1 ? study.pairs : [];
  return {
    auditors: study.auditors,
    ...(only === undefined
      ? {}
      : {
          both: only.both,
          agreed: only.agreed,
          observed: only.observed,
          kappa: only.kappa,
          interval: only.interval,
          disagreements: only.disagreements,
        }),
    alpha: study.alpha,
    pairs: study.pairs,
    disputes: study.disputes,
  };
}

/**
 * `audit agreement`: each pair of auditors (agreement, kappa and its interval), alpha, the reasons side by side,
 * and the disagreements to settle and settled; as JSON or text.
 */
export function renderAgreement(
  study: AgreementStudy,
  codebook: Codebook,
  json: boolean,
): string {
  if (json) return `${JSON.stringify(agreementJson(study), null, 2)}\n`;
  if (study.auditors.length < 2)
    return `no two auditors have coded independently yet (${study.auditors.join(", ") || "nobody"}): draw a sample for a second auditor with "stp-scan audit sample --auditor NAME --share 0.15" and let them code it blind\n`;
  const open = study.disputes.filter((d) => d.settlement === null);
  const settled = study.disputes.filter((d) => d.settlement !== null);
  const a = study.alpha;
  const codes = new Set(codebook.codes.map((c) => c.id));
  const unknown = [
    ...new Set(study.pairs.flatMap((p) => p.confusion.categories)),
  ].filter((c) => !c.includes(", no code") && !codes.has(c));
  return `${[
    ...study.pairs.flatMap(pairLines),
    `Krippendorff's alpha (nominal): ${fixed(a.alpha)} over ${counted(a.units, "mention")} coded by two or more of ${study.auditors.join(", ")} (${counted(a.values, "coding")})`,
    ...study.pairs.flatMap(confusionLines),
    ...(unknown.length === 0
      ? []
      : [`codes not in ${codebook.path}: ${unknown.join(", ")}`]),
    ...(study.disputes.length === 0
      ? ["no disagreements"]
      : open.length === 0
        ? ["no disagreements left to settle"]
        : [
            "to settle (stp-scan audit settle <id> accepted|rejected):",
            ...open.map(disputeLine),
          ]),
    ...(settled.length === 0
      ? []
      : ["settled (both verdicts kept):", ...settled.map(disputeLine)]),
  ].join("\n")}\n`;
}
