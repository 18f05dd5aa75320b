import {
  assessPages,
  FLAG_MEANING,
  pageRanges,
  type DocumentQuality,
  type QualityFlag,
} from "../quality/index.js";
import { counted } from "../plural.js";
import {
  readDocuments,
  readPageTexts,
  readStandingDeclarations,
  readStandingDuplicateDeclarations,
  groupDeclarations,
  type Db,
  type DuplicateDeclaration,
  type PageDeclaration,
} from "../store/index.js";
import { forTerminal } from "../terminal-text.js";
import { documentNotes, type DocumentNote } from "./document-notes.js";

/**
 * `corpus quality`, read from the database: as JSON, the documents whose text looks unreliable in places; as text,
 * those pages by reason, then blank pages, duplicates and what pdf.js reported, then the pages and documents
 * analysts declared read or duplicates.
 */
export function renderCorpusQuality(db: Db, json: boolean): string {
  const docs = assessPages(readPageTexts(db));
  if (json) return `${JSON.stringify(docs, null, 2)}\n`;
  const declared = readStandingDeclarations(db);
  const copies = readStandingDuplicateDeclarations(db);
  return (
    forTerminal(renderQuality(docs)) +
    renderDocumentNotes(documentNotes(readDocuments(db))) +
    (declared.length === 0
      ? ""
      : `\nPages declared read by analysts (not counted as unreadable):\n${renderDeclarations(declared)}`) +
    (copies.length === 0
      ? ""
      : `\nDocuments declared duplicates by analysts (counted once):\n${renderDuplicateDeclarations(copies)}`)
  );
}

/** Standing declarations, one line per document and decision: pages, auditor, time and note. */
function renderDeclarations(declarations: readonly PageDeclaration[]): string {
  return groupDeclarations(declarations)
    .map(
      (d) =>
        `  ${d.document} p${d.pages.join(",")}: declared read by ${d.auditor} at ${d.declaredAt}: ${d.note}\n`,
    )
    .join("");
}

/** Standing duplicate declarations, one line each: the copy, what it repeats, auditor, time and note. */
function renderDuplicateDeclarations(
  declarations: readonly DuplicateDeclaration[],
): string {
  return declarations
    .map(
      (d) =>
        `  ${d.document}: declared a duplicate of ${d.duplicateOf} by ${d.auditor} at ${d.declaredAt}: ${d.note}\n`,
    )
    .join("");
}

/** `corpus quality` as text: per plan and document, the flagged pages by reason, then what each reason means. */
function renderQuality(docs: readonly DocumentQuality[]): string {
  if (docs.length === 0) return "every page's text looks usable\n";
  const lines: string[] = [];
  const plans = [...new Set(docs.map((d) => d.plan))];
  for (const plan of plans) {
    lines.push(plan);
    for (const d of docs.filter((x) => x.plan === plan)) {
      const byFlag = new Map<QualityFlag, number[]>();
      for (const p of d.flagged)
        for (const f of p.flags)
          byFlag.set(f, [...(byFlag.get(f) ?? []), p.page]);
      const parts = [...byFlag].map(
        ([f, pages]) => `${f} p${pageRanges(pages)}`,
      );
      lines.push(
        `  ${d.document}: ${d.flagged.length} of ${counted(d.pages, "page")} (${parts.join("; ")})`,
      );
    }
  }
  const used = new Set(docs.flatMap((d) => d.flagged.flatMap((p) => p.flags)));
  lines.push("", ...[...used].map((f) => `${f}: ${FLAG_MEANING[f]}`));
  lines.push(
    `${counted(plans.length, "plan")} with pages whose text looks unreliable: a zero count there is "could not read", not "not mentioned".`,
  );
  return `${lines.join("\n")}\n`;
}

/** `corpus quality`'s second part: blank pages, duplicates, near-duplicates and what pdf.js reported. */
function renderDocumentNotes(notes: readonly DocumentNote[]): string {
  if (notes.length === 0) return "";
  const lines = ["", "What reading the documents found:"];
  for (const document of [...new Set(notes.map((n) => n.document))]) {
    lines.push(`  ${document}`);
    for (const n of notes.filter((x) => x.document === document))
      lines.push(`    ${n.kind}: ${n.text}`);
  }
  return `${lines.join("\n")}\n`;
}
