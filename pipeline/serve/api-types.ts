// The JSON the app's HTTP API sends and takes: the one home of its shapes, read by serve/ (which builds them) and
// by the browser app in web/ (which reads them). Types only, so the browser's build takes nothing else from here.
import type {
  Codebook,
  EffectiveVerdict,
  Location,
  Rect,
  VerdictRow,
} from "../types.js";
import type { BroadStatistic } from "../stats/broad-share.js";
import type { PageMentionJson } from "./workbench-types.js";

/** A mention as the list and the page view receive it. */
export type MentionJson = {
  readonly id: string;
  readonly plan: string;
  /** Relative to the corpus root, `/`-separated. */
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  /** Half-open [start, end), UTF-16 code units into the page's text as extracted. */
  readonly start: number;
  readonly end: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
  readonly term: string;
  readonly concept: string;
  readonly verdict: EffectiveVerdict;
  readonly note: string | null;
  /** The reason of the verdict that counts (a codebook id; GET /api/codes); null when none was given. */
  readonly code: string | null;
  /** Highlight rectangles [x0, y0, x1, y1] in PDF user space; empty when the database predates them. */
  readonly boxes: readonly Rect[];
  readonly location: Location | null;
  /** "OCR" or "OCR, confidence N" for a page read by OCR; null for a text layer. */
  readonly source: string | null;
  /**
   * The mentions that read the same (the same term and words around it, or one running line of a document), this
   * one among them: one verdict may decide them all (POST /api/verdicts). Just its own id when none does.
   */
  readonly group: readonly string[];
};

/** GET /api/mentions: one page of the filtered list. */
export type MentionsJson = {
  readonly total: number;
  /** 0-based index of the first row in the filtered list. */
  readonly offset: number;
  readonly pageSize: number;
  readonly rows: readonly MentionJson[];
  /** Plans with mentions, in corpus order (the plan filter's choices). */
  readonly plans: readonly string[];
  /** The serve auditor codes blind: every verdict, note and reason in the list is their own. */
  readonly blind: boolean;
};

/** The audited statistic as the page shows it (GET /api/stats, and each verdict's answer). */
export type StatisticJson = {
  readonly line: string;
  readonly counts: Readonly<Record<EffectiveVerdict, number>>;
  readonly lowest: number | null;
  readonly highest: number | null;
};

/** The verdicts a client may post; `disputed` is worked out from two auditors, never posted. */
export type PostedVerdict = VerdictRow["verdict"];

/** POST /api/verdict's body. */
export type VerdictRequest = {
  readonly id: string;
  readonly verdict: PostedVerdict;
  /** Empty or null: no note. */
  readonly note?: string | null;
  /** The reason, a codebook id (or its key); empty, null or absent: none. Must fit the verdict. */
  readonly code?: string | null;
};

/** POST /api/verdict's answer when the verdict is stored. */
export type VerdictJson = {
  readonly ok: true;
  readonly statistic: StatisticJson;
};

/** POST /api/verdicts' body: one verdict for several mentions at once (identical passages, a running line). */
export type VerdictsRequest = {
  readonly ids: readonly string[];
  readonly verdict: "accepted" | "rejected" | "pending";
  /** The reason, a codebook id (or its key); empty, null or absent: none. Must fit the verdict. */
  readonly code?: string | null;
  /** Empty or null: no note. */
  readonly note?: string | null;
  /** Who gives it; absent: the auditor `serve` was started with. */
  readonly auditor?: string | null;
};

/** POST /api/verdicts' answer: the mentions it was stored for, the ids that name none, the statistic after. */
export type VerdictsJson = {
  readonly applied: readonly string[];
  readonly unknown: readonly string[];
  /** Each applied mention's verdict and reason as they stood just before: what an undo puts back. */
  readonly before: readonly VerdictBefore[];
  readonly statistic: StatisticJson;
};

/** A mention's verdict and reason as they stood before a write. */
export type VerdictBefore = {
  readonly id: string;
  readonly verdict: EffectiveVerdict;
  readonly code: string | null;
};

/** GET /api/codes: the codebook of the database's corpus, each code with its key in the terminal walk. */
export type CodebookJson = Codebook;

/** The broad statistic (`stats --json`'s `broad`) with the line `stp-scan code` prints for it. */
export type BroadLineJson = BroadStatistic & {
  readonly concept: string;
  /** Its 95% Wilson interval; null when no plan was fully read. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly line: string;
};

/**
 * POST /api/coded-passages' body: the span [start, end) of the page's stored text, or its words typed (`text`, and
 * which `occurrence` on the page, 1-based), coded with a concept, a reason and a note.
 */
export type CodePassageRequest = {
  readonly document: string;
  readonly page: number;
  readonly start?: number;
  readonly end?: number;
  readonly text?: string;
  readonly occurrence?: number;
  readonly concept: string;
  /** A codebook id (or its number) that counts as accept. */
  readonly code: string;
  readonly note: string;
};

/** POST /api/coded-passages' answer: the passage as the page route lists it, its words, the figures after it. */
export type CodedPassageJson = {
  readonly passage: PageMentionJson;
  /** The words coded (the span asked, widened to whole words), as on the page. */
  readonly text: string;
  readonly broad: BroadLineJson;
  /** The headline figure, which a coded passage never moves. */
  readonly statistic: StatisticJson;
};

/** POST /api/coded-passages/withdraw's answer. */
export type CodedPassageWithdrawnJson = {
  readonly mention_id: string;
  readonly withdrawn: true;
  readonly broad: BroadLineJson;
  readonly statistic: StatisticJson;
};

/** Every refusal and failure: one line a person can act on. */
export type ErrorJson = { readonly error: string };

// The workbench's routes (docs/api.md) speak the shapes of workbench-types.ts.
export type * from "./workbench-types.js";
export type * from "./write-types.js";
export type * from "./beyond-types.js";
