import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadCorpus, readManifest } from "../corpus/index.js";
import {
  openDatabase,
  readDocuments,
  declarationTables,
  type DocumentRow,
} from "../store/index.js";
import type { Plan } from "../types.js";
import { lockCorpus, undoInterruptedAdd } from "./add-journal.js";

/** The status of a document of the corpus folder the database has not read yet. */
export const NOT_SCANNED = "not scanned";

/** A plan of the corpus with its documents as the database knows them. */
export type ListedPlan = Plan & {
  readonly documents: readonly {
    readonly document: string;
    readonly role: string;
    readonly pages: number | null;
    readonly status: string;
    /** Pages an analyst declared read (`corpus accept-pages`) that stand, with who and why. */
    readonly declared: readonly declarationTables.PageDeclaration[];
    /** Pages that paint nothing (spec v2.1 point 1). */
    readonly blankPages: readonly number[];
    /** For a duplicate: the document it repeats, and why (same bytes, same text, declared). */
    readonly duplicateOf: string | null;
    readonly duplicateReason: string | null;
    /** For a near-duplicate: the earlier document it shares most pages with, and how many (both count). */
    readonly nearDuplicateOf: string | null;
    readonly pagesShared: number | null;
    /** pdf.js rebuilt the file's structure to read it. */
    readonly repaired: boolean;
  }[];
};

/** Documents of the database by path, and the declarations that stand; empty when there is no database yet. */
function scannedDocuments(dbFile: string): {
  rows: Map<string, DocumentRow>;
  declared: readonly declarationTables.PageDeclaration[];
} {
  if (!existsSync(dbFile)) return { rows: new Map(), declared: [] };
  const db = openDatabase(dbFile, { mustExist: true, access: "read" });
  try {
    return {
      rows: new Map(readDocuments(db).map((r) => [r.document, r])),
      declared: declarationTables.readStandingDeclarations(db),
    };
  } finally {
    db.close();
  }
}

/** Each plan of the corpus (id, name, region), then its documents with role, pages and status. */
export function listCorpus(corpusDir: string, dbFile: string): ListedPlan[] {
  const corpus = loadCorpus(resolve(corpusDir));
  const scanned = scannedDocuments(dbFile);
  return corpus.plans.map((plan) => ({
    ...plan,
    documents: corpus.docs
      .filter((d) => d.planId === plan.id)
      .map((d) => {
        const row = scanned.rows.get(d.path);
        return {
          document: d.path,
          role: d.role,
          pages: row?.pages ?? null,
          status: row?.status ?? NOT_SCANNED,
          declared: scanned.declared.filter((x) => x.document === d.path),
          blankPages: row?.pages_blank ?? [],
          duplicateOf: row?.duplicate_of ?? null,
          duplicateReason:
            row?.duplicate_of == null
              ? null
              : (row.duplicate_reason ?? "same bytes"),
          nearDuplicateOf: row?.near_duplicate_of ?? null,
          pagesShared: row?.pages_shared ?? null,
          repaired: row?.repaired ?? false,
        };
      }),
  }));
}

/**
 * Undoes an interrupted add under the corpus lock: what it did, one line each (none: nothing to repair). A
 * corpus another add holds is a CorpusBusyError.
 */
export function repairCorpus(corpusDir: string): string[] {
  const root = resolve(corpusDir);
  const release = lockCorpus(root);
  try {
    return undoInterruptedAdd(
      root,
      new Set((readManifest(root)?.rows ?? []).map((r) => r.path)),
    );
  } finally {
    release();
  }
}
