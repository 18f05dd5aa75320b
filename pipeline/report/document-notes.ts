import { pageRanges } from "../quality/index.js";
import type { DocumentRow } from "../store/index.js";
import { counted } from "../plural.js";

// What an analyst should know about a document beyond its status (spec v2.1): pages that paint
// nothing, a document counted once because it repeats another, a near-duplicate counted twice, and what pdf.js
// reported or repaired while reading it. One home for these lines: `corpus quality` prints them, the report
// shows them. Pure.

export type NoteKind =
  "blank" | "duplicate" | "near-duplicate" | "repaired" | "warnings";

/** One thing to know about one document, as a line of text without the document. */
export type DocumentNote = {
  readonly document: string;
  readonly kind: NoteKind;
  readonly text: string;
};

const pages = (n: number) => counted(n, "page");

function duplicateNote(d: DocumentRow): string | null {
  if (d.status !== "duplicate" || d.duplicate_of === null) return null;
  const why =
    d.duplicate_reason === "same text"
      ? "every page has the same text"
      : d.duplicate_reason === "declared"
        ? "declared by an analyst"
        : "the same bytes";
  return `duplicate of ${d.duplicate_of} (${why}); counted once, its mentions are kept but not counted`;
}

/** The notes of each document, in the order given (manifest order), kinds in a fixed order. */
export function documentNotes(
  documents: readonly DocumentRow[],
): DocumentNote[] {
  return documents.flatMap((d) => {
    const notes: [NoteKind, string | null][] = [
      [
        "blank",
        d.pages_blank.length === 0
          ? null
          : `blank ${d.pages_blank.length === 1 ? "page" : "pages"} p${pageRanges(d.pages_blank)} (paint nothing; never pages without text)`,
      ],
      ["duplicate", duplicateNote(d)],
      [
        "near-duplicate",
        d.near_duplicate_of === null || d.pages_shared === null
          ? null
          : `shares ${d.pages_shared} of ${pages(d.pages ?? 0)} with ${d.near_duplicate_of} (same place, same text); both are counted: if one repeats the other, say so with corpus declare-duplicate`,
      ],
      [
        "repaired",
        d.repaired
          ? "pdf.js had to rebuild the file's structure to read it: its pages may be incomplete"
          : null,
      ],
      [
        "warnings",
        d.warnings.length === 0 ? null : `pdf.js: ${d.warnings.join("; ")}`,
      ],
    ];
    return notes
      .filter((n): n is [NoteKind, string] => n[1] !== null)
      .map(([kind, text]) => ({ document: d.document, kind, text }));
  });
}
