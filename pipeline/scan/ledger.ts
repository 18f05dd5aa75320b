import { scanTables, type Db } from "../store/index.js";
import { problemLine } from "../problem.js";
import type { DocResult, MentionRecord } from "../types.js";
import type { Outcome } from "./document-result.js";
import { locateDocument } from "./locate-mentions.js";

/** A document's outcome to store: its mentions as matched (located as they are stored), and what else is kept. */
export type DocumentWork = Omit<
  scanTables.DocumentWrite,
  "runId" | "result" | "mentions" | "locateVersion" | "layout"
> & { readonly mentions: readonly MentionRecord[] };

/** How far a scan has got. */
export type ScanProgress = {
  readonly documentsDone: number;
  readonly documentsTotal: number;
  readonly pagesRead: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Pages read by OCR so far in this run (not counting OCR reads reused from the database). */
  readonly ocrPagesRead: number;
  /** Pages found so far that OCR is to read in this run (grows as documents are opened). */
  readonly ocrPagesToRead: number;
  /** When the first OCR page of the run started (ms since the epoch), null before. */
  readonly ocrStartedAt: number | null;
};

/** What a scan counts as it goes, for the summary of changes. */
export type Counts = {
  readonly added: string[];
  readonly changed: string[];
  unchanged: number;
  read: number;
  rematched: number;
};

/**
 * Where a scan settles each document: stores it, keeps its outcome (not its pages: their text is in the
 * database now), tells a problem once, counts and reports progress.
 */
export class Ledger {
  readonly results = new Map<string, Outcome>();
  readonly counts: Counts = {
    added: [],
    changed: [],
    unchanged: 0,
    read: 0,
    rematched: 0,
  };
  readonly progress: { -readonly [K in keyof ScanProgress]: ScanProgress[K] };

  constructor(
    private readonly db: Db,
    private readonly runId: number,
    private readonly notice: (line: string) => void,
    private readonly onProgress: ((p: ScanProgress) => void) | undefined,
    documentsTotal: number,
  ) {
    this.progress = {
      documentsDone: 0,
      documentsTotal,
      pagesRead: 0,
      bytesDone: 0,
      bytesTotal: 0,
      ocrPagesRead: 0,
      ocrPagesToRead: 0,
      ocrStartedAt: null,
    };
  }

  /** Reports progress as it stands (OCR pages move it before their document is done). */
  tell(): void {
    this.onProgress?.({ ...this.progress });
  }

  /**
   * Locates a document's mentions and stores its outcome: `write` null keeps what is stored (only the manifest's
   * fields are updated).
   */
  finish(result: DocResult, write: DocumentWork | null): void {
    if (write === null) scanTables.saveManifestFields(this.db, result.doc);
    else
      scanTables.saveDocument(this.db, {
        runId: this.runId,
        result,
        ...write,
        ...locateDocument(result, write.mentions),
      });
    const { pages, mentions: _mentions, ...outcome } = result;
    this.results.set(result.doc.path, outcome);
    // A problem is told when it is found; a re-run that keeps a document does not repeat it.
    if (result.problem !== null && write !== null)
      this.notice(problemLine(result.problem));
    if (result.repaired && write !== null && write.extractor !== null)
      this.notice(
        `${result.doc.path}: pdf.js had to rebuild the file's structure to read it (${result.warnings[0] ?? "repaired"}); its pages may be incomplete`,
      );
    this.progress.documentsDone++;
    this.progress.pagesRead += pages.length;
    this.progress.bytesDone += result.bytes ?? 0;
    this.tell();
  }
}
