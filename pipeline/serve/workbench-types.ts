import type { BundleMention } from "../bundle/contents.js";
import type { PageClass } from "../quality/page-classes.js";
import type { QualityFlag } from "../quality/page-quality.js";
import type { DispersionStrip } from "../report/dispersion-plot.js";
import type { RuleOutcome } from "../stats/counting-rules.js";
import type { OcrReliantPlan } from "../stats/ocr-reliance.js";
import type {
  DocStatus,
  DuplicateReason,
  EffectiveVerdict,
  Location,
  MentionSource,
  OcrFigures,
  Rect,
  Statistic,
} from "../types.js";
import type { BroadJson, ElusionJson } from "./beyond-types.js";

// The workbench's read side (docs/api.md). Row fields keep the CLI's names (`export ... --format json`,
// `search --format json`), so a script written against one reads the other. Shapes the pipeline already has in a
// file of types or of pure code are taken from there; the rows the store reads (documents, mentions) are written
// out, as the browser's build cannot read the store's files.

/** A count of plans and its share; `share` is null when no plan was fully read. */
export type ShareJson = {
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
};

/** A 95% Wilson interval, 0-1; null when no plan was fully read. */
export type IntervalJson = {
  readonly low: number;
  readonly high: number;
} | null;

/** Mentions by effective verdict. */
export type VerdictCountsJson = Readonly<Record<EffectiveVerdict, number>>;

/** A plan as the statistic counts it (`mentions` null: reported apart). */
export type StatisticPlanJson = Statistic["plans"][number];

/** One counting rule of `stats --sensitivity`: its statistic, and the plans whose yes/no differs from the first's. */
export type CountingRuleJson = RuleOutcome;

/** What OCR contributed to the statistic (`stats --json`'s `ocr`). */
export type OcrRelianceJson = Omit<OcrFigures, "headlineFromText"> & {
  readonly plansRestingOnOcr: readonly OcrReliantPlan[];
};

/**
 * GET /api/statistic?threshold=&audited=&count_in=: the object `stats --json` prints for the same options (the
 * fields marked optional are those only some of its forms carry), plus `sensitivity` (the counting rules) and,
 * where `stats --json` leaves them out, `ocr` and `verdicts`.
 */
export type StatisticReportJson = Statistic & {
  readonly audited: boolean;
  readonly interval: IntervalJson;
  /** The database as `serve --db` named it. */
  readonly database?: string;
  readonly corpus?: string | null;
  readonly verdicts: VerdictCountsJson;
  /** Unaudited: the figure the verdicts so far give. */
  readonly auditedFigure?: ShareJson & { readonly interval: IntervalJson };
  /** Audited: the figure if every open mention were rejected, or accepted. */
  readonly lowest?: ShareJson;
  readonly highest?: ShareJson;
  readonly plansThatCanChange?: readonly {
    readonly plan: string;
    readonly accepted: number;
    readonly open: number;
  }[];
  /** Counted only in these locations (count_in). */
  readonly countIn?: readonly Location[];
  readonly ocr: OcrRelianceJson;
  readonly pagesDeclaredRead?: number;
  readonly sensitivity: readonly CountingRuleJson[];
  /** The broad statistic (headline mentions not rejected plus coded passages), never mixed into the headline. */
  readonly broad: BroadJson;
  /** The latest elusion draw's figures and pages; null before any draw. */
  readonly elusion: ElusionJson;
};

/** Why a page's text may not be trusted (`corpus quality`): no-text, garbled, glued-words, sparse. */
export type QualityFlagJson = QualityFlag;

/** A plan: the row of `export plans --format json`, then what the plans table adds. */
export type PlanRowJson = {
  readonly plan_id: string;
  readonly plan_name: string;
  readonly region: string;
  readonly documents: number;
  readonly pages: number;
  readonly headline_mentions: number;
  readonly related_mentions: number;
  /** null: reported apart. */
  readonly mentions_social_value: boolean | null;
  readonly reported_apart: boolean;
  readonly reported_apart_reasons: string;
  /** The flags of its pages whose text looks unreliable (`corpus quality`), each once. */
  readonly quality_flags: readonly QualityFlagJson[];
  /** Pages with any such flag. */
  readonly flagged_pages: number;
  /** Pages read by OCR (as text or as a picture). */
  readonly ocr_pages: number;
  /** Documents pdf.js reported warnings for, or had to repair. */
  readonly documents_with_warnings: number;
};

/** GET /api/plans?threshold=&audited=: every plan in the corpus, in plan order. */
export type PlansJson = { readonly plans: readonly PlanRowJson[] };

/** What a page holds: its text layer, OCR text, a picture read by OCR, nothing readable, or nothing painted. */
export type PageClassJson = PageClass;

/** A document: the row of `export documents --format json`, then each page's class. */
export type DocumentJson = {
  readonly plan_id: string;
  readonly document: string;
  readonly sha256: string | null;
  readonly pages: number | null;
  readonly status: DocStatus;
  readonly pages_without_text: readonly number[];
  readonly error: string | null;
  readonly duplicate_of: string | null;
  readonly bytes: number | null;
  readonly role: string;
  readonly in_manifest: boolean;
  readonly manifest_sha256: string | null;
  readonly pages_ocr: readonly number[];
  readonly pages_picture: readonly number[];
  readonly pages_blank: readonly number[];
  readonly duplicate_reason: DuplicateReason | null;
  readonly near_duplicate_of: string | null;
  readonly pages_shared: number | null;
  readonly warnings: readonly string[];
  readonly repaired: boolean;
  /** Page n's class at index n - 1; empty when the document could not be opened. */
  readonly page_classes: readonly PageClassJson[];
};

/**
 * A mention: the row of `export mentions --format json`, the bundle's columns (its note included) and those the
 * export adds after them.
 */
export type MentionRowJson = BundleMention & {
  readonly source: MentionSource;
  readonly confidence: number | null;
  readonly counted: boolean;
  readonly left_context_raw: string;
  readonly surface_raw: string;
  readonly right_context_raw: string;
};

/** GET /api/plans/<id>?threshold=&audited=: a plan, its documents and its mentions. */
export type PlanJson = {
  readonly plan: PlanRowJson;
  readonly documents: readonly DocumentJson[];
  readonly mentions: readonly MentionRowJson[];
};

/** A stretch of a page's text with where to draw it on the rendered page. */
export type HighlightJson = {
  /** Half-open [start, end), UTF-16 code units into the page's text as extracted. */
  readonly start: number;
  readonly end: number;
  /** Rectangles [x0, y0, x1, y1] in PDF user space; empty when the database predates them. */
  readonly boxes: readonly Rect[];
};

/** A mention on the page viewer's page. */
export type PageMentionJson = HighlightJson & {
  readonly id: string;
  readonly term: string;
  readonly concept: string;
  readonly headline: boolean;
  readonly verdict: EffectiveVerdict;
  readonly location: Location | null;
  /** `analyst` for a passage an analyst coded (POST /api/coded-passages, `stp-scan code`), else `text` or `ocr`. */
  readonly source: MentionSource;
  /** A coded passage's coder, note and reason (a codebook id, null: none given); null for the lexicon's mentions. */
  readonly coded: {
    readonly auditor: string;
    readonly note: string;
    readonly code: string | null;
    /** ISO 8601, UTC. */
    readonly codedAt: string;
  } | null;
};

/** A place of the query (`q`) on the page viewer's page. */
export type PageHitJson = HighlightJson & { readonly match: string };

/** GET /api/documents/<id>/pages/<n>?q=&mode=: one page of a document, its mentions and the query's places on it. */
export type PageJson = {
  readonly document: string;
  readonly plan: string;
  /** 1-based. */
  readonly page: number;
  /** Pages of the document. */
  readonly pages: number;
  readonly class: PageClassJson;
  /** The page's text as extracted ("" when nothing was read). */
  readonly text: string;
  readonly mentions: readonly PageMentionJson[];
  /** Without `q`: empty. */
  readonly hits: readonly PageHitJson[];
  /** The page's size in PDF units: null, the database does not keep it (pdf.js gives it when it renders the page). */
  readonly width: number | null;
  readonly height: number | null;
};

/** How a search query is read: a phrase (stems), globs (`social valu*`, as a phrase), a regular expression, words as written. */
export type SearchMode = "phrase" | "glob" | "regex" | "exact";

/** A place of a search: the fields of `search --format json`'s places, then the page's source and the plan's region. */
export type PlaceJson = {
  readonly plan_id: string;
  readonly document: string;
  readonly page: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
  /** The lexicon term of the stored mention the place overlaps, else "". */
  readonly term_id: string;
  readonly concept: string;
  readonly start: number;
  readonly end: number;
  readonly location: Location;
  /** "ocr" when the page was read by OCR (as text or picture), else "text". */
  readonly source: "text" | "ocr";
  readonly region: string;
};

/**
 * GET /api/search?q=&mode=&limit=&offset=&sort=&plan=&region=&concept=&location=&source=&context=: one page of
 * the places, sorted, with the counts over all of them.
 */
export type SearchJson = {
  readonly query: string;
  readonly mode: SearchMode;
  /** Places of the query that pass the filters. */
  readonly total: number;
  readonly plans_with_hit: number;
  /** Every plan the filters leave (those without a place too), in plan order. */
  readonly per_plan: readonly {
    readonly plan: string;
    readonly hits: number;
  }[];
  readonly offset: number;
  readonly limit: number;
  /** The sort keys applied, first key first (empty: corpus order). */
  readonly sort: readonly string[];
  readonly places: readonly PlaceJson[];
};

/** One document's strip of a dispersion plot: where along it (page, and 0-1 along the page's text) each place falls. */
export type DispersionStripJson = DispersionStrip;

/** GET /api/search/dispersion?q=&(the filters of /api/search): the plot of `search --plot`, as data. */
export type DispersionJson = {
  readonly strips: readonly DispersionStripJson[];
};

/** GET /api/collocates?q=&mode=&plan=&window=&min_count=&by=&stopwords=&top=: `collocates --format json`. */
export type CollocatesJson = {
  readonly query: string;
  readonly places: number;
  readonly windowTokens: number;
  readonly corpusTokens: number;
  readonly rows: readonly {
    readonly word: string;
    readonly near: number;
    readonly corpus: number;
    readonly mi: number;
    readonly llr: number;
  }[];
};

/** GET /api/words?plan=&top=&stems=&min_length=: `words --format json`. */
export type WordsJson = {
  readonly tokens: number;
  readonly types: number;
  readonly rows: readonly {
    readonly word: string;
    readonly count: number;
    readonly plans: number;
  }[];
};

/** GET /api/clusters?q=&mode=&plan=&size=&min_count=&top=: `clusters --format json`. */
export type ClustersJson = {
  readonly query: string;
  readonly clusters: number;
  readonly rows: readonly {
    readonly cluster: string;
    readonly size: number;
    readonly count: number;
    readonly plans: number;
  }[];
};

/** POST /api/report's body: the options of `stp-scan report` (threshold: the database's when left out). */
export type ReportRequest = {
  readonly audited?: boolean;
  readonly threshold?: number;
};

/** POST /api/report's answer: where the written report is served. POST /api/report/open's: a one-use address of it. */
export type ReportJson = { readonly url: string };

/** POST /api/report/open's body: the address of a written report, as POST /api/report answered it. */
export type ReportOpenRequest = { readonly url: string };
