import type {
  DocStatus,
  EffectiveVerdict,
  Location,
  Statistic,
  VerdictRow,
} from "../types.js";

// What a bundle holds, as plain data: everything a reader needs to check the figure. The file
// names and their text are in files.ts; gather.ts reads this from a database. Field names of documents and
// mentions are those of `export documents` and `export mentions`, so a reader meets the same columns.

/** A plan as the manifest lists it. */
export type BundlePlan = {
  readonly plan_id: string;
  readonly name: string;
  readonly region: string;
};

/** A document of the corpus: what was read (sha256, status) and, with OCR, each page's class. */
export type BundleDocument = {
  readonly plan_id: string;
  /** Path relative to the corpus root, "/" separators. */
  readonly document: string;
  readonly role: string;
  /** Of the bytes read; null when the file was missing. */
  readonly sha256: string | null;
  readonly bytes: number | null;
  readonly pages: number | null;
  readonly status: DocStatus;
  /** 1-based page numbers. */
  readonly pages_without_text: readonly number[];
  readonly error: string | null;
  readonly duplicate_of: string | null;
  readonly in_manifest: boolean;
  /** Each page's class (`text`, `ocr`, `picture`, `unreadable`) by 1-based page number; null when not recorded. */
  readonly page_classes: Readonly<Record<string, string>> | null;
};

/** A mention with its passage: the columns of `export mentions`, then the latest verdict note. */
export type BundleMention = {
  readonly mention_id: string;
  readonly plan_id: string;
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  readonly term_id: string;
  readonly concept: string;
  readonly surface: string;
  readonly left_context: string;
  readonly right_context: string;
  readonly verdict: EffectiveVerdict;
  readonly headline: boolean;
  /** Offsets into the page text as extracted. */
  readonly start: number;
  readonly end: number;
  readonly location: Location | null;
  readonly note: string | null;
};

/** How the statistic was counted: enough to count it again the same way. */
export type BundleSettings = {
  /** Headline mentions a plan needs. */
  readonly threshold: number;
  /** The counting rule (`stats --count-in`): the locations that count, or "all". */
  readonly countIn: readonly Location[] | "all";
  /** Rejected mentions left out (`stats --audited`). */
  readonly audited: boolean;
  /** sha256 of lexicon.csv as the scan used it. */
  readonly lexiconSha256: string;
  /** The scan's OCR settings as the database stores them; null when it stores none. */
  readonly ocr: Readonly<Record<string, unknown>> | null;
};

/** How to count the figure a bundle holds (the settings but the lexicon's hash and OCR, which the scan fixes). */
export type CountSettings = Pick<
  BundleSettings,
  "threshold" | "countIn" | "audited"
>;

/** The versions that produced the figure, and the one that made the bundle. */
export type BundleVersions = {
  readonly scannedWith: {
    readonly stpScan: string;
    readonly pdfjsDist: string;
    readonly natural: string;
    readonly node: string;
    readonly finishedAt: string;
  };
  readonly bundledWith: {
    readonly stpScan: string;
    readonly extractor: string;
    readonly node: string;
    readonly schema: number;
  };
};

/** The statistic as `stats --json` prints it with the bundle's settings. */
export type BundleStatistic = Statistic & Readonly<Record<string, unknown>>;

/** Everything in a bundle but its README, as plain data. */
export type BundleContents = {
  readonly plans: readonly BundlePlan[];
  readonly documents: readonly BundleDocument[];
  /** The lexicon file's text. */
  readonly lexiconCsv: string;
  /** The codebook's text: the reasons verdicts carry (`codes` in statistic.json); absent in bundles from before. */
  readonly codebookCsv?: string | null;
  readonly mentions: readonly BundleMention[];
  /** The whole verdict history, oldest first, with auditor, time and note. */
  readonly verdicts: readonly VerdictRow[];
  /** Rows of `page_declarations` (`corpus accept-pages`); null when the database has no such table. */
  readonly pageDeclarations:
    readonly Readonly<Record<string, unknown>>[] | null;
  /**
   * Rows of `duplicate_declarations` (`corpus declare-duplicate`); null when the database has no such
   * table, or the bundle was made before it (absent).
   */
  readonly duplicateDeclarations?:
    readonly Readonly<Record<string, unknown>>[] | null;
  /**
   * Rows of `coded_passages` (`stp-scan code`, spec v2.1 point 4), oldest first; null when the database has no such
   * table, absent in a bundle made before.
   */
  readonly codedPassages?: readonly Readonly<Record<string, unknown>>[] | null;
  /** The elusion sample's rows (`stp-scan elusion`, spec v2.1 point 5); null or absent likewise. */
  readonly elusion?: BundleElusion | null;
  readonly settings: BundleSettings;
  readonly versions: BundleVersions;
  readonly statistic: BundleStatistic;
};

/** The rows of the elusion tables, oldest first: each draw (with its frame), the pages it gave, the answers. */
export type BundleElusion = {
  readonly draws: readonly Readonly<Record<string, unknown>>[];
  readonly items: readonly Readonly<Record<string, unknown>>[];
  readonly judgements: readonly Readonly<Record<string, unknown>>[];
};
