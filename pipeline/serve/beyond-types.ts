import type { BroadStatistic } from "../stats/broad-share.js";
import type { ElusionFigures, JudgedPage } from "../stats/elusion.js";

// The JSON of the routes beyond the words (docs/api.md): the broad statistic, the candidates queue and the elusion
// sample. Each is what its command prints with `--json`; the rows the store reads are written out, as the browser's
// build cannot read the store's files.

/** The broad statistic (`stats --json`'s `broad`): headline mentions not rejected plus coded passages, its interval. */
export type BroadJson = BroadStatistic & {
  readonly concept: string;
  /** 95% Wilson interval, 0-1; null when no plan was fully read. */
  readonly interval: { readonly low: number; readonly high: number } | null;
};

/** A page of the candidates queue, as `candidates --json` prints it. */
export type CandidateJson = {
  /** 1-based, in the whole ranking. */
  readonly rank: number;
  readonly plan: string;
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  /** Its best passage's score: the keyness weights of the shared words, plus related terms. */
  readonly score: number;
  /** The words it shares with the contexts of the concept's passages, strongest first. */
  readonly words: readonly string[];
  /** Related-term mentions in the best passage. */
  readonly related: number;
  /** The best passage as extracted, whitespace collapsed. */
  readonly snippet: string;
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
export type ElusionDrawJson = {
  readonly drawId: number;
  readonly seed: number;
  /** Pages asked for. */
  readonly size: number;
  readonly concept: string;
  readonly threshold: number;
  readonly auditor: string;
  /** ISO 8601, UTC. */
  readonly drawnAt: string;
};

/** A page a draw gave: where it is and its number in the draw. */
export type ElusionItemJson = {
  readonly item: number;
  readonly plan: string;
  readonly document: string;
  readonly sha256: string;
  /** 1-based. */
  readonly page: number;
};

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

/** A draw made before the latest (audit/elusion.ts EarlierDraw): when, by whom, its seed and its answers in force. */
export type EarlierDrawJson = {
  readonly drawId: number;
  readonly seed: number;
  readonly size: number;
  readonly auditor: string;
  /** ISO 8601, UTC. */
  readonly drawnAt: string;
  readonly pagesDrawn: number;
  readonly pagesJudged: number;
  readonly yesPages: number;
};

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
  readonly answer: "yes" | "no" | "withdrawn";
  readonly note?: string | null;
};

/** POST /api/elusion/judgements' answer: the answer stored and the page it is for. */
export type ElusionJudgedJson = {
  readonly judgement: {
    readonly judgementId: number;
    readonly drawId: number;
    readonly item: number;
    readonly answer: "yes" | "no" | "withdrawn";
    readonly auditor: string;
    readonly note: string | null;
    readonly judgedAt: string;
  };
  readonly item: ElusionItemJson;
};
