// What the corpus commands print: `corpus list` as text, and the lines that say what a check, repair, remove or
// declaration did. Data in, text out.
import type { ListedPlan, RemoveReport } from "../curate/index.js";
import { counted } from "../plural.js";
import type { DuplicateDeclaration, PageDeclaration } from "../store/index.js";
import { forTerminal } from "../terminal-text.js";
import { formatTable } from "./format-table.js";

/** What `corpus list` says of a document beside its status: duplicates, near-duplicates, blank pages, repairs. */
function listNotes(d: ListedPlan["documents"][number]): string[] {
  const notes: string[] = [];
  if (d.duplicateOf !== null)
    notes.push(`duplicate of ${d.duplicateOf} (${d.duplicateReason})`);
  if (d.nearDuplicateOf !== null)
    notes.push(
      `near-duplicate of ${d.nearDuplicateOf}: ${d.pagesShared} of ${d.pages} pages shared`,
    );
  if (d.blankPages.length > 0) notes.push(`blank p${d.blankPages.join(",")}`);
  if (d.repaired) notes.push("repaired by pdf.js");
  return notes;
}

/** `corpus list`: as JSON, or each plan's line, then a table of its documents with the pages declared read. */
export function renderCorpusList(
  plans: readonly ListedPlan[],
  json: boolean,
): string {
  if (json) return `${JSON.stringify(plans, null, 2)}\n`;
  return forTerminal(
    plans
      .map((p) => {
        const head = `${p.id}  ${p.name}${p.region === "" ? "" : `  (${p.region})`}`;
        const rows = p.documents.map((d) => [
          `  ${d.document}`,
          d.role,
          d.pages ?? "",
          d.status,
          d.declared.length === 0
            ? ""
            : `p${d.declared.map((x) => x.page).join(",")} (${[...new Set(d.declared.map((x) => x.auditor))].join(", ")})`,
          listNotes(d).join("; "),
        ]);
        return `${head}\n${formatTable(["  document", "role", "pages", "status", "declared read", "notes"], rows)}\n`;
      })
      .join("\n"),
  );
}

/** `corpus check`: every disagreement, then how many; or that the corpus agrees. */
export function renderCheck(
  disagreements: readonly string[],
  documents: number,
): string {
  if (disagreements.length === 0)
    return `corpus agrees: ${counted(documents, "document")}\n`;
  const n = disagreements.length;
  return `${disagreements.map((line) => `${forTerminal(line)}\n`).join("")}${n} ${n === 1 ? "disagreement" : "disagreements"}\n`;
}

/** `corpus repair`: what it undid, or that there was nothing to repair. */
export const renderRepair = (done: readonly string[]): string =>
  done.length === 0 ? "nothing to repair\n" : `${done.join("\n")}\n`;

/** `corpus accept-pages`: the pages of `document` declared read (or the declaration withdrawn). */
export function renderPagesDeclared(
  document: string,
  rows: readonly PageDeclaration[],
  asked: {
    readonly auditor: string;
    readonly note: string;
    readonly undo: boolean;
  },
): string {
  const pages = rows.map((r) => r.page).join(",");
  return asked.undo
    ? `${document} p${pages}: declaration withdrawn by ${asked.auditor}; the pages count as unreadable again\n`
    : `${document} p${pages}: declared read by ${asked.auditor}: ${asked.note}\n`;
}

/** `corpus declare-duplicate`: the document declared a duplicate (or the declaration withdrawn). */
export const renderDuplicateDeclared = (
  row: DuplicateDeclaration,
  undo: boolean,
): string =>
  undo
    ? `${row.document}: declaration withdrawn by ${row.auditor}; it counts on its own again\n`
    : `${row.document}: declared a duplicate of ${row.duplicateOf} by ${row.auditor}: ${row.note}; its mentions are kept but not counted\n`;

/** `corpus remove`: what changed (or would), and the verdicts kept for a re-add. */
export function renderRemoved(report: RemoveReport, dryRun: boolean): string {
  const { document, planId, asideTo, verdictsKept } = report;
  if (dryRun)
    return `would remove ${document} from ${planId}: its manifest row would go and the file move to ${asideTo}\ndry run: nothing was changed\n`;
  const kept =
    verdictsKept === 0
      ? ""
      : `kept ${verdictsKept} ${verdictsKept === 1 ? "verdict" : "verdicts"} on its mentions: adding the same file back brings ${verdictsKept === 1 ? "it" : "them"} back\n`;
  return `removed ${document} from ${planId}: its manifest row is gone and the file moved to ${asideTo}\n${kept}`;
}
