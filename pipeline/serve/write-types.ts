// The JSON of the workbench's write routes (docs/api.md: verdicts, documents, scan, page declarations, lexicon):
// types only, read by serve/ and by the browser app.
import type { ListedPlan } from "../curate/list-corpus.js";

/** What became of one uploaded file (POST /api/documents), as `stp-scan add` says it. */
export type AddedJson =
  | {
      readonly kind: "added";
      /** The file's name as uploaded. */
      readonly file: string;
      /** Where it now lies in the corpus (plans/<plan>/<safe name>.pdf). */
      readonly path: string;
      readonly status: string;
      readonly pages: number | null;
      /** Why it cannot be counted (added anyway), or null. */
      readonly problem: string | null;
    }
  | {
      readonly kind: "refused";
      readonly file: string;
      readonly reason: string;
    };

/** POST /api/documents' answer: the plan the file went to, and the outcome. */
export type DocumentsAddedJson = {
  readonly plan: string;
  readonly newPlan: boolean;
  readonly outcomes: readonly AddedJson[];
};

/** GET /api/corpus: the corpus folder the database was scanned from and `corpus list --json`'s plans. */
export type CorpusListJson = {
  readonly corpus: string;
  readonly plans: readonly ListedPlan[];
  /** The documents of the folder not read yet (added since the last scan): they count nowhere until a scan. */
  readonly waiting: readonly {
    readonly document: string;
    readonly plan: string;
    readonly role: string;
  }[];
};

/** DELETE /api/documents/<document>'s answer, as `corpus remove` says it. */
export type DocumentRemovedJson = {
  readonly document: string;
  readonly plan: string;
  /** Where the file was set aside, under the corpus root (removed/...). */
  readonly asideTo: string;
  /** Verdicts on its mentions, kept in the database (back when the same file is added again). */
  readonly verdictsKept: number;
};

/** One server-sent event of GET /api/scan/events (its `data`, JSON). */
export type ScanEventJson =
  | {
      readonly type: "progress";
      readonly documentsDone: number;
      readonly documentsTotal: number;
      readonly pagesRead: number;
      readonly ocrPagesRead: number;
      readonly ocrPagesToRead: number;
      readonly pagesPerSecond: number;
      /** Null while too little is done to tell. */
      readonly secondsLeft: number | null;
      /** The progress line `scan` shows on a terminal. */
      readonly line: string;
    }
  | { readonly type: "notice"; readonly line: string }
  /** No scan has run since the app started (the stream ends here). */
  | { readonly type: "idle" }
  | {
      readonly type: "end";
      /** Finished; stopped (DELETE /api/scan: what was stored stays); failed (reason says why). */
      readonly how: "finished" | "stopped" | "failed";
      readonly reason: string | null;
      /** What `scan` prints at the end (the statistic and what changed); null unless finished. */
      readonly outcome: string | null;
      /** The object `scan --json` prints; null unless finished. */
      readonly scan: Readonly<Record<string, unknown>> | null;
    };

/** GET /api/scan: whether a scan (or add, or remove) of the app runs now. */
export type ScanStateJson = { readonly running: boolean };

/** POST /api/page-declarations' body, as `corpus accept-pages`. */
export type PageDeclarationRequest = {
  readonly document: string;
  /** `3` or `3,5-6`. */
  readonly pages: string;
  readonly note: string;
  /** Withdraw the declaration (`--undo`). @default false */
  readonly undo?: boolean;
  readonly auditor?: string | null;
};

/** POST /api/page-declarations' answer: the pages declared (or withdrawn). */
export type PageDeclarationsJson = {
  readonly document: string;
  readonly pages: readonly number[];
  readonly withdrawn: boolean;
};

/** A lexicon term as GET and PUT /api/lexicon give and take it, with what it matched (GET only). */
export type LexiconTermJson = {
  readonly id: string;
  readonly phrase: string;
  readonly concept: string;
  readonly headline: boolean;
  /** Mentions of the term in the database now (GET only). */
  readonly mentions?: number;
};

/** GET /api/lexicon: the lexicon file the next scan uses, and its terms. */
export type LexiconJson = {
  /** The lexicon file; `PUT` writes the corpus's own lexicon.csv. */
  readonly path: string;
  readonly terms: readonly LexiconTermJson[];
};

/** POST /api/duplicate-declarations' answer: the document declared to repeat `of` (or withdrawn), and the
 * documents whose standing changed with it (as `corpus declare-duplicate` says). */
export type DuplicateDeclarationsJson = {
  readonly document: string;
  readonly of: string | null;
  readonly withdrawn: boolean;
  readonly changed: readonly string[];
};
