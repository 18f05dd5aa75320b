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
  /** On a page read by OCR: the box is one Tesseract word, and this its confidence (0-100). */
  readonly confidence?: number;
};

/** One page's text layer as the extractor produced it. */
export type PageText = {
  /** 1-based page number. */
  readonly page: number;
  /** Text in content-stream order, "\n" where the PDF ends a line. */
  readonly raw: string;
  /** False when the page has no text layer (e.g. a scanned image). */
  readonly hasText: boolean;
  /** Where each text item stands, when known (kept so a mention can be highlighted on the page). */
  readonly boxes?: readonly TextBox[];
  /** Where the text comes from (spec v2.0 §Pages without a text layer); absent: the text layer. */
  readonly source?: PageSource;
};

/**
 * What matching learns of a page beyond its mentions, kept so that a lexicon edit re-reads only the pages that
 * can change: every stem the page holds, and a filter of its adjacent stem pairs (match/stem-pairs.ts).
 */
export type PageStems = {
  readonly stems: ReadonlySet<string>;
  readonly pairs: Uint8Array;
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
  readonly page: number;
  readonly termId: string;
  readonly span: Span;
  /** raw.slice(span.start, span.end): the words exactly as extracted. */
  readonly surface: string;
};

/**
 * Where a mention stands in its document, worked out from the stored page text and text boxes:
 * `running` is a running header or footer, `contents` a table of contents, `references` a references,
 * bibliography, glossary, sources or acronyms section.
 */
export const LOCATIONS = [
  "heading",
  "body",
  "list",
  "table",
  "footnote",
  "caption",
  "contents",
  "running",
  "references",
] as const;
export type Location = (typeof LOCATIONS)[number];

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

/**
 * What ended a document's reading when the pipeline did, not the file: a limit of the scan, with the limit then in
 * force (seconds for `time limit`, MB for `memory limit`), or a reader that crashed or failed on it (`reader
 * crash`, limit null). A scan run under other limits, or any scan after a crash, reads the document again.
 */
export type Stopped = {
  readonly by: "time limit" | "memory limit" | "reader crash";
  readonly limit: number | null;
};

/**
 * What is wrong and where, after vfile-message: data, not an exception. A document's problem (DocProblem) says
 * the status it gives the document; an error the project throws (StpError, problem.ts) carries one too. Told in
 * one line by problemLine (problem.ts): `<file>: <reason>`.
 */
export type Problem = {
  /**
   * What it is about: for a document, its path relative to the corpus root; else the file, folder or option as the
   * command was given it. Absent when the reason says it all.
   */
  readonly file?: string;
  /** 1-based page numbers the problem concerns, when it is about pages. */
  readonly pages?: readonly number[];
  /** The status it gives a document, when it is about one. */
  readonly status?: Exclude<DocStatus, "ok">;
  /** One line a person can act on, without the file (printed after `<file>: `). */
  readonly reason: string;
  /** The original error, kept rather than flattened. */
  readonly cause?: unknown;
};

/** Why a document (or some of its pages) can't be counted: its path relative to the corpus root, and its status. */
export type DocProblem = Problem & {
  readonly file: string;
  readonly status: Exclude<DocStatus, "ok">;
};

/** What a function that can fail returns: its value, or the problem (built by ok and fail, problem.ts). */
export type Result<T, E = Problem> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: E };

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

/**
 * What a page paints (spec v2.1 points 1-2), as its operator list shows it: glyphs with ink (not spaces), images,
 * vector paths that are stroked or filled (a clip alone paints nothing).
 */
export type PagePaints = {
  readonly text: boolean;
  readonly image: boolean;
  readonly paths: boolean;
};

/** What extraction learnt about one PDF. */
export type Extracted = {
  readonly pageCount: number;
  readonly pages: readonly PageText[];
  /**
   * 1-based numbers of pages with no text layer that paint something: an image (a scan, a picture cover), vector
   * paths (outlined text, a chart) or glyphs that give no text.
   */
  readonly pagesWithoutText: readonly number[];
  /** Of pagesWithoutText, those that paint vector paths but no image (spec v2.1 point 2). */
  readonly pagesPathsOnly: readonly number[];
  /** Pages with no text layer that paint nothing visible (spec v2.1 point 1): never pages without text. */
  readonly blankPages: readonly number[];
  /** What pdf.js reported while reading the file (summariseWarnings), in the order first seen. */
  readonly warnings: readonly string[];
  /** pdf.js rebuilt the file's structure to read it (wasRepaired): its pages may be incomplete. */
  readonly repaired: boolean;
  /** What each page paints, in page order: given only when asked for (the patched-pdf.js comparison). */
  readonly paints?: readonly PagePaints[];
  /** Where the pages without text stand in PDF space, so that OCR word boxes can be mapped back onto them. */
  readonly geometry?: readonly PageGeometry[];
};

/**
 * Why a document repeats an earlier one: its bytes, its text (every page's normalised text), or an analyst's
 * declaration (`corpus declare-duplicate`).
 */
export type DuplicateReason = "same bytes" | "same text" | "declared";

/**
 * A document's text as the duplicate rules compare it (spec v2.1 point 3): each page's normalised text with
 * its whitespace collapsed, hashed ("" for a page with no text), and the words of all its pages.
 */
export type TextFingerprint = {
  readonly pageHashes: readonly string[];
  readonly words: number;
};

/** What the duplicate rules (dedupe/) decide for one document. */
export type DuplicateFinding = {
  readonly document: string;
  /** The earlier document it repeats (its text, or as declared); null when it counts on its own. */
  readonly duplicateOf: string | null;
  readonly reason: "same text" | "declared" | null;
  /** The earlier document it shares most of its pages with, when at least half of them hold the same text. */
  readonly nearDuplicateOf: string | null;
  /** Pages at the same place with the same normalised text as nearDuplicateOf's; null when none. */
  readonly pagesShared: number | null;
};

/** The outcome of reading one document, ready to store. */
export type DocResult = {
  readonly doc: Doc;
  readonly sha256: string | null;
  readonly bytes: number | null;
  readonly status: DocStatus;
  readonly pageCount: number | null;
  /** Pages without a usable text: with OCR on, the `unreadable` ones (spec v2.0 point 4). */
  readonly pagesWithoutText: readonly number[];
  /** Pages read by OCR as `ocr` and as `picture` (spec v2.0 point 3); empty with OCR off. */
  readonly pagesOcr: readonly number[];
  readonly pagesPicture: readonly number[];
  /** Pages that paint nothing visible (spec v2.1 point 1): never pages without text. */
  readonly blankPages: readonly number[];
  /** What pdf.js reported while reading the file, one line each (extract/warning-summary.ts). */
  readonly warnings: readonly string[];
  /** pdf.js rebuilt the file's structure to read it: its pages may be incomplete. */
  readonly repaired: boolean;
  /**
   * Why its status is not ok, as data (file, status, the reason without the file, the cause); null when it is ok
   * (a duplicate of a readable document too). Stored as it is, and as its one line (problemLine) in `error`.
   */
  readonly problem: DocProblem | null;
  /** What stopped its reading, when the pipeline did (absent or null: the file decided its status). */
  readonly stopped?: Stopped | null;
  /** Path of the earlier document it repeats, for a duplicate. */
  readonly duplicateOf: string | null;
  /** Why it is a duplicate (spec v2.1 point 3), for a duplicate; else null. */
  readonly duplicateReason: DuplicateReason | null;
  readonly pages: readonly PageText[];
  readonly mentions: readonly Mention[];
  /** What OCR read on this document's pages (new or reused), to store beside the pages; absent with OCR off. */
  readonly ocrPages?: readonly OcrPageRead[];
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

/** What the store holds about a plan for the statistic; stats/ (countPlans) decides from it what PlanCounts says. */
export type PlanFacts = Omit<PlanCounts, "unreadable"> & {
  /** Its documents still in the corpus, in manifest order. */
  readonly documents: readonly {
    readonly document: string;
    readonly status: DocStatus;
    /** Why it was not read, when it was not. */
    readonly error: string | null;
    /** Pages that could not be read (1-based). */
    readonly pagesWithoutText: readonly number[];
    /** Pages an analyst declared read (spec v2.0 point 5): the declarations standing on its present file. */
    readonly pagesDeclaredRead: readonly number[];
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

/**
 * Where a mention comes from: the lexicon on a text layer (`text`) or on OCR text (`ocr`), or an analyst who coded
 * a passage the lexicon missed (`analyst`, spec v2.1 point 4).
 */
export type MentionSource = "text" | "ocr" | "analyst";

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
  /** `ocr` when its page was read by OCR (an `ocr` or `picture` page), else `text`. */
  readonly source: "text" | "ocr";
  /** OCR only: the mean Tesseract confidence (0-100) of the words the mention covers; null for text. */
  readonly confidence: number | null;
};

/**
 * A mention with where it stands in its document (locate/, worked out by the scan before it stores the mention);
 * null when its document's pages were not at hand: worked out from the stored pages before the scan ends.
 */
export type LocatedMention = MentionRecord & {
  readonly location: Location | null;
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
  /** The OCR engine of the run (OcrPageRead.engine); null or absent with OCR off or no engine found. */
  readonly ocrEngine?: string | null;
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
  /** The reason given with it: a code of the codebook (corpus/codebook.csv); null or absent when none. */
  readonly code?: string | null;
  /**
   * Given blind: the auditor was shown no other auditor's verdict or note (docs/auditing.md). Absent in bundles
   * made before codes and blind coding.
   */
  readonly blind?: boolean;
};

/** A reason a verdict may carry, a row of the codebook (corpus/codebook.csv; docs/auditing.md). */
export type Code = {
  /** Stable id, stored with the verdict: lower-case letters, digits and hyphens. */
  readonly id: string;
  /** A few words, shown beside the id. */
  readonly label: string;
  /** What the code covers, for the coder. */
  readonly meaning: string;
  /** The verdict a passage with this reason gets. */
  readonly countsAs: "accepted" | "rejected";
  /** 1-based row in the codebook: the key that gives it in the terminal walk (1-9). */
  readonly key: number;
};

/** A codebook as read: where from, and its codes in file order. */
export type Codebook = {
  readonly path: string;
  readonly codes: readonly Code[];
};

/** What counts for a mention after audit: `disputed` when auditors disagree and nobody has settled it. */
export type EffectiveVerdict = "accepted" | "rejected" | "pending" | "disputed";

// OCR (spec v2.0 §Pages without a text layer).

/**
 * Where a page's text comes from: its text layer (`text`, blank pages too), or OCR, which read it as `ocr`
 * (enough confident words), `picture` (few words) or `unreadable` (many words, low confidence). A page
 * without a usable text layer that OCR did not read (OCR off, engine missing, engine failed) is `unreadable`.
 */
export type PageSource = "text" | "ocr" | "picture" | "unreadable";

/** The class OCR gives a page it read (spec v2.0 point 3). */
export type OcrClass = "ocr" | "picture" | "unreadable";

/** Thresholds of spec v2.0 point 3. */
export type OcrThresholds = {
  /** Words (>= 2 letters) a page needs to be more than a picture. @default 10 */
  readonly minWords: number;
  /** Mean word confidence (0-100) an `ocr` page needs; also the floor for a picture's words. @default 70 */
  readonly minConfidence: number;
};

/** A page's place in PDF space: its crop box [x0, y0, x1, y1] in user space and its /Rotate (degrees). */
export type PageGeometry = {
  readonly page: number;
  readonly view: readonly [number, number, number, number];
  readonly rotate: number;
};

/** One Tesseract word, in reading order, its box mapped back to PDF user space. */
export type OcrWord = {
  readonly text: string;
  /** Tesseract's confidence, 0-100. */
  readonly confidence: number;
  /** Tesseract's block, paragraph and line numbers: a change of any of them is a line break in the page text. */
  readonly block: number;
  readonly paragraph: number;
  readonly line: number;
  /** [x0, y0, x1, y1] in PDF user space (y up), as highlight rects are. */
  readonly box: Rect;
};

/** What OCR made of one page: its words, or why it could not read it. Stored keyed by (sha256, page, engine). */
export type OcrPageRead = {
  readonly page: number;
  /** Engine, version and settings that read it, e.g. "tesseract 5.3.0 eng psm 3, 300 dpi". */
  readonly engine: string;
  /** Angle the page was straightened by before reading (degrees, counter-clockwise as seen). */
  readonly skewDegrees: number;
  readonly words: readonly OcrWord[];
  /** Why the engine gave no words (crash, hang, time limit); null when it read the page. */
  readonly failure: string | null;
};

/** What OCR contributed to a scanned database (for stats and the report). */
export type OcrFigures = {
  /** The engine of the latest finished scan; null with OCR off or no engine. */
  readonly engine: string | null;
  /** Pages of documents still counted that OCR read as `ocr` and `picture`, and pages left unreadable. */
  readonly pagesOcr: number;
  readonly pagesPicture: number;
  readonly pagesUnreadable: number;
  /** Mentions from OCR text (source `ocr`), all and headline. */
  readonly mentions: number;
  readonly headlineMentions: number;
  /** Per plan, its headline mentions from text layers (source `text`). */
  readonly headlineFromText: ReadonlyMap<string, number>;
};

/** The columns of `export mentions`, in order. Column order is a contract (foundation issue): the first columns are fixed, extras follow.
 */
export const MENTION_COLUMNS = [
  "mention_id",
  "plan_id",
  "document",
  "page",
  "term_id",
  "concept",
  "surface",
  "left_context",
  "right_context",
  "verdict",
  "headline",
  "start",
  "end",
  "location",
  "source",
  "confidence",
  // False for a mention in a duplicate (kept and shown, not counted).
  "counted",
];

/** How a project's documents are read: what a re-read with other values could change. */
export type ReadingSettings = {
  /** `auto`: pages without a text layer are read by OCR; `off`: spec v1.1. */
  readonly ocr: "auto" | "off";
  readonly ocrMinWords: number;
  readonly ocrMinConfidence: number;
  /** Seconds one document may take. */
  readonly timeoutSeconds: number;
  /** MB of memory one document may use. */
  readonly maxMemoryMb: number;
};

/** What a database remembers of its project, so that every command uses the same corpus and settings. */
export type ProjectSettings = {
  /** Absolute path of the corpus folder. */
  readonly corpus: string;
  /** The lexicon given with --lexicon (absolute path); null: the corpus's own lexicon.csv, else lexicon v1. */
  readonly lexiconGiven: string | null;
  /** The lexicon the last scan matched with, and its sha256. */
  readonly lexiconPath: string | null;
  readonly lexiconSha256: string | null;
  readonly reading: ReadingSettings;
  /** Headline mentions a plan needs to count. */
  readonly threshold: number;
};

// Beyond the words (spec v2.1 points 4 and 5): the candidates ranking and the elusion sample, as stored and sent.

/** A page worth reading first, with why. */
export type Candidate = {
  readonly plan: string;
  readonly document: string;
  readonly page: number;
  /** Its best passage's score: the keyness weights of the distinct stems it shares with the contexts, plus related terms. */
  readonly score: number;
  /** Those shared words, strongest first (at most 6). */
  readonly words: readonly string[];
  /** Related-term mentions in the best passage. */
  readonly related: number;
  /** The best passage as extracted, whitespace collapsed. */
  readonly snippet: string;
};

/** A page of the frame a draw is made from. */
export type FramePage = {
  readonly plan: string;
  /** Path relative to the corpus root. */
  readonly document: string;
  readonly sha256: string;
  /** 1-based. */
  readonly page: number;
};

/** A draw as stored. */
export type ElusionDraw = {
  readonly drawId: number;
  readonly seed: number;
  /** Pages asked for. */
  readonly size: number;
  readonly concept: string;
  readonly threshold: number;
  /** The pages drawn from, in the order the draw reads them. */
  readonly frame: readonly FramePage[];
  readonly auditor: string;
  /** ISO 8601, UTC. */
  readonly drawnAt: string;
};

/** A page a draw gave: its number in the draw (1-based, in the order drawn) and where it is. */
export type ElusionItem = FramePage & { readonly item: number };

/** One answer to "does this page discuss the concept?"; `withdrawn` takes an answer back. */
export type ElusionJudgement = {
  readonly judgementId: number;
  readonly drawId: number;
  readonly item: number;
  readonly answer: "yes" | "no" | "withdrawn";
  readonly auditor: string;
  readonly note: string | null;
  /** ISO 8601, UTC. */
  readonly judgedAt: string;
};

/** A draw before the latest: when, by whom, with which seed, and its answers in force. */
export type EarlierDraw = Pick<
  ElusionDraw,
  "drawId" | "seed" | "size" | "auditor" | "drawnAt"
> & {
  readonly pagesDrawn: number;
  readonly pagesJudged: number;
  readonly yesPages: number;
};
