import { escapeHtml as e } from "./escape.js";
import { counted } from "../plural.js";

/** What the report says of the audit's reasons and reliability. */
export type CodingReport = {
  /** Judged mentions by the reason of their verdict; `label` from the codebook, null for a code it lacks. */
  readonly codes: readonly {
    readonly verdict: string;
    readonly code: string | null;
    readonly label: string | null;
    readonly mentions: number;
  }[];
  /** Agreement on independent codings, each pair and alpha; null when no two auditors coded independently. */
  readonly agreement: {
    readonly auditors: readonly string[];
    readonly alpha: { readonly alpha: number | null; readonly units: number };
    readonly pairs: readonly {
      readonly a: string;
      readonly b: string;
      readonly both: number;
      readonly agreed: number;
      readonly kappa: number | null;
      readonly interval: { readonly low: number; readonly high: number } | null;
    }[];
  } | null;
  /** Disputes settled on the record: each auditor's verdict, kept, and the settlement. */
  readonly settled: readonly {
    readonly mentionId: string;
    readonly verdicts: readonly {
      readonly auditor: string;
      readonly verdict: string;
      readonly code: string | null;
    }[];
    readonly settlement: {
      readonly verdict: string;
      readonly code: string | null;
      readonly auditor: string;
      readonly note: string | null;
      readonly decidedAt: string;
    };
  }[];
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fixed = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
const reason = (code: string | null) => (code === null ? "" : ` (${e(code)})`);

function reliability(a: CodingReport["agreement"]): string {
  if (a === null)
    return "<p>No passage was coded independently by two auditors, so the reliability of the verdicts is not measured. <code>stp-scan audit sample</code> draws passages for a second auditor to code blind; <code>stp-scan audit agreement</code> then measures it.</p>";
  const pairs = a.pairs.map(
    (p) =>
      `<li>${e(p.a)} and ${e(p.b)} both coded ${counted(p.both, "passage")} independently and agree on ${p.agreed}${p.both === 0 ? "" : ` (${pct(p.agreed / p.both)})`}: Cohen's kappa ${fixed(p.kappa)}${p.interval === null ? "" : ` (95% interval ${fixed(p.interval.low)} to ${fixed(p.interval.high)})`}.</li>`,
  );
  return `<p>Agreement on verdicts given independently (blind, or before any other auditor's): Krippendorff's alpha (nominal) ${fixed(a.alpha.alpha)} over ${counted(a.alpha.units, "passage")} coded by two or more of ${a.auditors.map(e).join(", ")}.</p><ul>${pairs.join("")}</ul>`;
}

/** The report's section on the audit: verdicts by reason, agreement between auditors, disputes settled. */
export function renderCodingSection(c: CodingReport | undefined): string {
  if (c === undefined) return "";
  if (c.codes.length === 0 && c.agreement === null && c.settled.length === 0)
    return "";
  const rows = c.codes.map(
    (x) =>
      `<tr><td>${e(x.verdict)}</td><td>${x.code === null ? "<em>no reason given</em>" : `${e(x.label ?? x.code)} <code>${e(x.code)}</code>`}</td><td class="n">${x.mentions}</td></tr>`,
  );
  const settled = c.settled.map(
    (s) =>
      `<li><code>${e(s.mentionId)}</code>: ${s.verdicts.map((v) => `${e(v.auditor)} ${e(v.verdict)}${reason(v.code)}`).join(", ") || "no auditor's verdict"} → ${e(s.settlement.verdict)}${reason(s.settlement.code)}, settled by ${e(s.settlement.auditor)} at ${e(s.settlement.decidedAt)}${s.settlement.note === null ? "" : `: ${e(s.settlement.note)}`}</li>`,
  );
  return `<section id="coding"><h2>Why passages were accepted or rejected</h2>
<p class="note">Each verdict may carry a reason from the codebook; a passage's reason is that of the verdict that counts.</p>
${rows.length === 0 ? "<p>No passage is judged yet.</p>" : `<table><thead><tr><th>Verdict</th><th>Reason</th><th>Passages</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>`}
<h3>Reliability</h3>${reliability(c.agreement)}
<h3>Disputes settled</h3>${settled.length === 0 ? "<p>None.</p>" : `<p>Both auditors' verdicts are kept; the settlement decides.</p><ul>${settled.join("\n")}</ul>`}</section>`;
}
