import { effectiveVerdicts } from "../audit/index.js";
import type { BundleContents, Verification } from "../bundle/index.js";
import { counted } from "../plural.js";
import { describeShare } from "../stats/index.js";
import { describeBundledBeyond } from "./beyond-text.js";

/** What `bundle` wrote: its figure, and decisions that stand told apart from rows of verdict history. */
export function renderBundleSummary(out: string, c: BundleContents): string {
  const standing = [...effectiveVerdicts(c.verdicts).values()].filter(
    (s) => s.verdict !== "pending",
  ).length;
  return (
    `wrote ${out}: ${describeShare(c.statistic, { audited: c.settings.audited })}\n` +
    describeBundledBeyond(c.statistic) +
    `  ${counted(c.documents.length, "document")}, ${counted(c.mentions.length, "mention")}, ${counted(standing, "standing verdict")} (${counted(c.verdicts.length, "row")} of verdict history); ` +
    `check it with: stp-scan verify ${out} --corpus DIR\n`
  );
}

/** What `verify` found: the figure reproduced, or each difference. */
export function renderVerification(v: Verification): string {
  const n = v.differences.length;
  if (n === 0)
    return (
      `reproduced: ${describeShare(v.actual.statistic, { audited: v.actual.settings.audited })}\n` +
      describeBundledBeyond(v.actual.statistic) +
      `  ${counted(v.actual.documents.length, "document")}, ${counted(v.actual.mentions.length, "mention")}, ${counted(v.expected.verdicts.length, "verdict")} applied\n`
    );
  return `not reproduced: ${n} ${n === 1 ? "difference" : "differences"}\n${v.differences.map((d) => `  ${d.message}\n`).join("")}`;
}
