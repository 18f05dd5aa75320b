// The JSON of the workbench's routes as the contract gives it (the CLI's JSON, same fields), until serve/ types
// them in api-types.ts. Types only.
import type {
  EffectiveVerdict,
  Location,
  Rect,
  Warning,
} from "../../../pipeline/types.js";

/** A 95% interval, 0-1. */
export type IntervalJson = { readonly low: number; readonly high: number };

/** A plan left out of the figure and why (`stats --json` reportedApart). */
export type ApartJson = {
  readonly plan: string;
  readonly reasons: readonly string[];
};

/** One counting rule of `stats --sensitivity --json`. */
export type RuleJson = {
  readonly rule: string;
  readonly locations: readonly string[];
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
  readonly interval: IntervalJson | null;
  /** Plans whose yes/no differs from the first rule's. */
  readonly flips: readonly {
    readonly plan: string;
    readonly from: boolean;
    readonly to: boolean;
  }[];
};

/** OCR reliance (`stats --json` ocr). */
export type OcrJson = {
  readonly engine: string | null;
  readonly pagesOcr: number;
  readonly pagesPicture: number;
  readonly pagesUnreadable: number;
  readonly mentions: number;
  readonly headlineMentions: number;
  readonly plansRestingOnOcr: readonly {
    readonly plan: string;
    readonly headline: number;
    readonly fromText: number;
  }[];
};

/** GET /api/statistic: the object `stats --json` prints, with the counting rules and the verdicts. */
export type FigureJson = {
  readonly threshold: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
  readonly reportedApart: readonly ApartJson[];
  readonly plans: readonly {
    readonly plan: string;
    readonly name: string;
    readonly region: string;
    readonly headline: number;
    readonly related: number;
    readonly mentions: boolean | null;
  }[];
  readonly audited: boolean;
  readonly interval: IntervalJson | null;
  readonly verdicts: Readonly<Record<EffectiveVerdict, number>>;
  readonly ocr?: OcrJson | null;
  readonly sensitivity?:
    readonly RuleJson[] | { readonly rules: readonly RuleJson[] };
};

/** A row of GET /api/plans: `export plans --format json`, with region, pages and quality flags. */
export type PlanRowJson = {
  readonly plan_id: string;
  readonly plan_name: string;
  readonly region: string;
  readonly documents: number;
  readonly pages: number;
  readonly headline_mentions: number;
  readonly related_mentions: number;
  readonly mentions_social_value: boolean | null;
  readonly reported_apart: boolean;
  readonly reported_apart_reasons: string;
  readonly quality_flags?: readonly string[] | string;
};

export type PlansJson = { readonly plans: readonly PlanRowJson[] };

/** The class of a page as the viewer shows it. */
export type PageClass = "text" | "ocr" | "picture" | "unreadable" | "blank";

/** A document of GET /api/plans/<id>: `export documents --format json` with each page's class. */
export type DocumentJson = {
  readonly plan_id: string;
  readonly document: string;
  readonly pages: number | null;
  readonly status: string;
  readonly error: string | null;
  readonly duplicate_of: string | null;
  readonly warnings: readonly (string | Warning)[];
  readonly page_classes?: readonly PageClass[];
};

/** A mention of GET /api/plans/<id>: `export mentions --format json`. */
export type MentionRowJson = {
  readonly mention_id: string;
  readonly plan_id: string;
  readonly document: string;
  readonly page: number;
  readonly term_id: string;
  readonly concept: string;
  readonly surface: string;
  readonly left_context: string;
  readonly right_context: string;
  readonly headline: boolean;
  readonly start: number;
  readonly end: number;
  readonly location: Location | null;
  readonly source: string;
  readonly verdict: EffectiveVerdict;
};

export type PlanJson = {
  readonly plan: PlanRowJson;
  readonly documents: readonly DocumentJson[];
  readonly mentions: readonly MentionRowJson[];
};

/** A place of `search --format json`. */
export type PlaceJson = {
  readonly plan_id: string;
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
  readonly term_id: string;
  readonly concept: string;
  /** [start, end) into the page's text as extracted. */
  readonly start: number;
  readonly end: number;
  readonly location: Location | null;
  readonly source?: string | null;
};

/** GET /api/search. */
export type SearchJson = {
  readonly total: number;
  readonly plans_with_hit: number;
  readonly per_plan: readonly {
    readonly plan: string;
    readonly hits: number;
  }[];
  readonly places: readonly PlaceJson[];
};

/** GET /api/documents/<id>/pages/<n>. */
export type PageJson = {
  readonly document: string;
  readonly page: number;
  readonly pages: number;
  readonly class: PageClass;
  readonly text: string;
  readonly mentions: readonly {
    readonly id: string;
    readonly term: string;
    readonly concept: string;
    readonly boxes: readonly Rect[];
    readonly start?: number;
    readonly end?: number;
  }[];
  readonly width: number;
  readonly height: number;
};

/** GET /api/collocates: `collocates --format json`. */
export type CollocatesJson = {
  readonly query: string;
  readonly places: number;
  readonly rows: readonly {
    readonly word: string;
    readonly near: number;
    readonly corpus: number;
    readonly mi: number;
    readonly llr: number;
  }[];
};

/** GET /api/words: `words --format json`. */
export type WordsJson = {
  readonly tokens: number;
  readonly types: number;
  readonly rows: readonly {
    readonly word: string;
    readonly count: number;
    readonly plans: number;
  }[];
};

/** GET /api/clusters: `clusters --format json`. */
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

/** POST /api/report. */
export type ReportJson = { readonly url: string };
