// Every type that crosses a stage boundary. No logic lives here.

/** Half-open [start, end), UTF-16 code units into PageText.raw: the text as extracted, never the normalised text. */
export type Span = { readonly start: number; readonly end: number };

/**
 * Where a run of page text stands on the page: [start, end) into PageText.raw, and the text item's box in PDF
 * user space (x, y = baseline origin; width along the baseline; height = font size), as pdf.js reports it.
 */
export type TextBox = {
  readonly start: number;
  readonly end: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The item's text direction is not horizontal (rotated text): its box is not drawn. */
  readonly rotated: boolean;
};

/** One page's text layer as the extractor produced it. */
export type PageText = {
  /** 1-based page number. */
  readonly pageNumber: number;
  /** Text in content-stream order, "\n" where the PDF ends a line. */
  readonly raw: string;
  /** False when the page has no text layer (e.g. a scanned image). */
  readonly hasText: boolean;
  /** Where each text item stands, when known (kept so a mention can be highlighted on the page). */
  readonly boxes?: readonly TextBox[];
};

/** A lexicon entry (spec §Lexicon). */
export type Term = {
  readonly id: string;
  readonly phrase: string;
  readonly concept: string;
  /** True for the headline concept that the statistic counts. */
  readonly headline: boolean;
};

/** A place in one page's text where a term was found (spec: one mention per resolved span). */
export type Mention = {
  /** 1-based page number. */
  readonly pageNumber: number;
  readonly termId: string;
  readonly span: Span;
  /** raw.slice(span.start, span.end): the words exactly as extracted. */
  readonly surface: string;
};

/** A mention's highlight on its page: rectangles [x0, y0, x1, y1] in PDF user space. */
export type Rect = readonly [number, number, number, number];

/**
 * Statuses of the spec, plus the pipeline's own unreadable ones: `missing` (a manifest row with no file),
 * `timeout` and `too-large` (reading was stopped by the per-document time or memory limit).
 */
export type DocStatus =
  | "ok"
  | "encrypted"
  | "corrupt"
  | "not-pdf"
  | "empty"
  | "no-text"
  | "partial-text"
  | "duplicate"
  | "missing"
  | "timeout"
  | "too-large";

/** Why a document (or some of its pages) can't be counted, after vfile-message. Data, not an exception. */
export type Problem = {
  /** Path relative to the corpus root. */
  readonly file: string;
  /** 1-based page numbers the problem concerns, when it is about pages. */
  readonly pages?: readonly number[];
  readonly status: Exclude<DocStatus, "ok">;
  /** One line a person can act on, without the file (printed after `<file>: `). */
  readonly reason: string;
  /** The original error, kept rather than flattened. */
  readonly cause?: unknown;
};

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem };

/** A note about the corpus that does not stop anything (hash mismatch, file not in the manifest...). */
export type Warning = {
  /** Path relative to the corpus root, or "manifest.csv". */
  readonly file: string;
  readonly reason: string;
};

/** One plan footprint, as the manifest names it. */
export type Plan = {
  readonly id: string;
  readonly name: string;
  readonly region: string;
};

/** One document of the corpus, as found on disk and in the manifest. */
export type Doc = {
  readonly planId: string;
  /** Path relative to the corpus root, with "/" separators. */
  readonly path: string;
  readonly role: string;
  /** 0-based position in manifest order (files not in the manifest come after, by path). */
  readonly order: number;
  /** sha256 the manifest claims, when it gives one. */
  readonly manifestSha256: string | null;
  readonly inManifest: boolean;
  readonly existsOnDisk: boolean;
};

/** What the corpus folder holds: plans, documents, and what did not add up. */
export type Corpus = {
  readonly root: string;
  readonly plans: readonly Plan[];
  readonly docs: readonly Doc[];
  readonly warnings: readonly Warning[];
};

/** What extraction learnt about one PDF. */
export type Extracted = {
  readonly pageCount: number;
  readonly pages: readonly PageText[];
  /** 1-based numbers of pages with no text layer but an image (scanned). */
  readonly pagesWithoutText: readonly number[];
};

/** The outcome of reading one document, ready to store. */
export type DocResult = {
  readonly doc: Doc;
  readonly sha256: string | null;
  readonly bytes: number | null;
  readonly status: DocStatus;
  readonly pageCount: number | null;
  readonly pagesWithoutText: readonly number[];
  /** One-line reason for a status other than ok, else null: `<file>: <reason>`, as stored and printed. */
  readonly error: string | null;
  /**
   * The same as data (file, status, the reason without the file, the cause) when this run decided it, so that no
   * caller takes `error` apart; null when the status is ok, and for an outcome kept from the database (which
   * holds only `error`).
   */
  readonly problem: Problem | null;
  /** Path of the earlier document with the same bytes, for a duplicate. */
  readonly duplicateOf: string | null;
  readonly pages: readonly PageText[];
  readonly mentions: readonly Mention[];
};

/** Per-plan figures the statistic is made of. */
export type PlanCounts = {
  readonly plan: string;
  readonly name: string;
  readonly region: string;
  /** Headline mentions in the plan's counted documents. */
  readonly headline: number;
  /** Related (non-headline) mentions. */
  readonly related: number;
  /** Statuses of the plan's unreadable documents with their paths; empty when every document was read. */
  readonly unreadable: readonly {
    readonly document: string;
    readonly status: DocStatus;
    readonly reason: string;
  }[];
};

/** The share of plans that mention social value (spec §The statistic). */
export type Statistic = {
  readonly threshold: number;
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, 0-1; null when no plan was fully read. */
  readonly share: number | null;
  readonly reportedApart: readonly {
    readonly plan: string;
    readonly reasons: readonly string[];
  }[];
  readonly plans: readonly {
    readonly plan: string;
    readonly name: string;
    readonly region: string;
    readonly headline: number;
    readonly related: number;
    /** null when the plan is reported apart. */
    readonly mentions: boolean | null;
  }[];
};

/** A mention as stored and exported: where it is, what it says, and its stable id. */
export type MentionRecord = Mention & {
  readonly mentionId: string;
  /** Path of the document, relative to the corpus root. */
  readonly document: string;
  readonly concept: string;
  readonly headline: boolean;
  /** Words before and after the span, whitespace collapsed. */
  readonly leftContext: string;
  readonly rightContext: string;
  /** Where to highlight it on the page (empty when the page's boxes are not known). */
  readonly boxes: readonly Rect[];
};

/** What produced a scan's rows: stored with the run so each mention traces to its lexicon and tools. */
export type RunInfo = {
  readonly corpus: string;
  readonly lexiconPath: string;
  readonly lexiconSha256: string;
  readonly toolVersion: string;
  readonly pdfjsVersion: string;
  readonly naturalVersion: string;
  readonly nodeVersion: string;
};

/** One row of the append-only verdict history (audit). */
export type VerdictRow = {
  readonly verdictId: number;
  readonly mentionId: string;
  readonly verdict: "accepted" | "rejected" | "pending";
  readonly auditor: string;
  readonly note: string | null;
  /** ISO 8601, UTC. */
  readonly decidedAt: string;
  /** `judge`: one auditor's judgement; `settle`: the settlement of a disagreement, which the statistic uses. */
  readonly kind: "judge" | "settle";
};

/** What counts for a mention after audit: `disputed` when auditors disagree and nobody has settled it. */
export type EffectiveVerdict = "accepted" | "rejected" | "pending" | "disputed";
