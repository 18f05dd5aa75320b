import type { BroadStatistic } from "../stats/broad-share.js";
import type { ElusionFigures, JudgedPage } from "../stats/elusion.js";
import type {
  Candidate,
  EarlierDraw,
  ElusionDraw,
  ElusionItem,
  ElusionJudgement,
} from "../types.js";

// The JSON of the routes beyond the words (docs/api.md): the broad statistic, the candidates queue and the elusion
// sample. Each is what its command prints with `--json`, built from the shapes of types.ts that the ranking and the
// store use too (the browser's build cannot read the store's files, but it reads types.ts).

/** The broad statistic (`stats --json`'s `broad`): headline mentions not rejected plus coded passages, its interval. */
export type BroadJson = BroadStatistic & {
  readonly concept: string;
  /** 95% Wilson interval, 0-1; null when no plan was fully read. */
  readonly interval: { readonly low: number; readonly high: number } | null;
};

/** A page of the candidates queue, as `candidates --json` prints it: the ranking's candidate with its rank. */
export type CandidateJson = Candidate & {
  /** 1-based, in the whole ranking. */
  readonly rank: number;
};

/** GET /api/candidates: one page of `candidates --json --limit 0`, with the ranking's length. */
export type CandidatesJson = {
  readonly concept: string;
  /** The passages the ranking resembles (accepted mentions, coded passages). */
  readonly basis: string;
  readonly pagesRanked: number;
  /** Candidates in the whole ranking. */
  readonly total: number;
  /** 0-based index of the first candidate sent. */
  readonly offset: number;
  readonly limit: number;
  readonly candidates: readonly CandidateJson[];
};

/** A draw as recorded: its seed, size, concept, threshold, who drew and when. */
export type ElusionDrawJson = Omit<ElusionDraw, "frame">;

/** A page a draw gave: where it is and its number in the draw. */
export type ElusionItemJson = ElusionItem;

/** POST /api/elusion/draws (and `elusion draw --json`): the draw, its frame's size and its pages in the order drawn. */
export type ElusionDrawnJson = ElusionDrawJson & {
  readonly pagesInFrame: number;
  readonly items: readonly ElusionItemJson[];
};

/** GET /api/elusion (`elusion --json`, `stats --json`'s `elusion`): the latest draw, its figures and pages; null: none. */
export type ElusionJson =
  | (ElusionDrawJson &
      ElusionFigures & {
        readonly pages: readonly JudgedPage[];
        /** The draws before this one, oldest first, with what their pages were answered (not in the figures). */
        readonly earlierDraws: readonly EarlierDrawJson[];
      })
  | null;

/** A draw made before the latest: when, by whom, its seed and its answers in force. */
export type EarlierDrawJson = EarlierDraw;

/** POST /api/elusion/draws' body. */
export type ElusionDrawRequest = {
  /** Pages to draw, from 1. */
  readonly size: number;
  /** 0 to 4294967295: the same seed draws the same pages from the same frame. */
  readonly seed: number;
};

/** POST /api/elusion/judgements' body: an answer for a page of the latest draw. */
export type ElusionJudgementRequest = {
  readonly item: number;
  /** withdrawn: takes the page's answer back (a new row; none is deleted). */
  readonly answer: ElusionJudgement["answer"];
  readonly note?: string | null;
};

/** POST /api/elusion/judgements' answer: the answer stored and the page it is for. */
export type ElusionJudgedJson = {
  readonly judgement: ElusionJudgement;
  readonly item: ElusionItemJson;
};
