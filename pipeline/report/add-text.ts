import type { AddOutcome, AddReport } from "../curate/index.js";
import { counted } from "../plural.js";
import { planStanding, type Figure } from "../stats/index.js";
import { forTerminal } from "../terminal-text.js";
import { renderHeadline } from "./statistic-text.js";

/** One line per file, as the analyst reads them: where it went and in what state, or why it was refused. */
export function formatOutcome(
  o: AddOutcome,
  planId: string,
  dryRun: boolean,
): string {
  if (o.kind === "refused")
    return `${dryRun ? "would refuse" : "refused"} ${o.shown}: ${o.reason}`;
  const pages = o.pageCount === null ? "" : `, ${counted(o.pageCount, "page")}`;
  const forced =
    o.problem === null
      ? ""
      : `: ${o.problem.reason}; added with --force, its plan is reported apart`;
  return `${dryRun ? "would add" : "added"} ${o.path} to ${planId} (${o.status}${pages}${forced})`;
}

/** The plan of an added file, from its path: outcomes are printed as they come, before the report exists. */
export const planOf = (o: AddOutcome) =>
  o.kind === "added" ? (o.path.split("/")[1] ?? "") : "";

/** Files refused by the add. */
export const refusedCount = (report: AddReport) =>
  report.outcomes.filter((o) => o.kind !== "added").length;

/** How many files were added and refused, and whether the new plan was created. */
export function renderSummary(report: AddReport, dryRun: boolean): string {
  const refused = refusedCount(report);
  const added = report.outcomes.length - refused;
  const counts = dryRun
    ? `dry run: ${added} would be added, ${refused} refused; nothing was changed\n`
    : `${added} added, ${refused} refused\n`;
  if (!report.isNewPlan) return counts;
  const { id, name, region } = report.plan;
  return (
    counts +
    (added > 0 || dryRun
      ? `${dryRun ? "would create" : "created"} plan ${id} ("${name}", ${region})\n`
      : `plan ${id} not created: no file was added\n`)
  );
}

/** What the add's scan read (for stderr). */
export function renderScanned(scan: NonNullable<AddReport["scan"]>): string {
  const d = scan.changes.documents;
  return `scanned: ${counted(d.read, "document")} read (${counted(scan.pagesRead, "page")}), ${d.unchanged} unchanged\n`;
}

/** After an add or a remove: the plan's new counts, then the headline line, from the figure read once. */
export function renderPlanAfter(figure: Figure, planId: string): string {
  const s = planStanding(figure.statistic, figure.sizes, planId);
  const verdict =
    s.apartReasons !== null
      ? `reported apart (${s.apartReasons.join("; ")})`
      : s.mentions
        ? "mentions social value"
        : "does not mention social value";
  return (
    forTerminal(
      `${planId}: ${counted(s.documents, "document")}, ${counted(s.pages, "page")}, ` +
        `${s.headline} headline and ${s.related} related mentions; ${verdict}\n`,
    ) + renderHeadline(figure)
  );
}
