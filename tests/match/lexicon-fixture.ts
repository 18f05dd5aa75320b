import {
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  loadLexicon,
  matchPage,
} from "../../pipeline/match/index.js";
import { formatMention } from "../helpers.js";

/** Lexicon v1 of the spec, compiled once for the match tests. */
export const LEXICON_V1 = compileLexicon(
  loadLexicon(DEFAULT_LEXICON_PATH).terms,
);

/** The mentions of one page of text, as readable lines. */
export const mentionsIn = (raw: string, pageNumber = 1) =>
  matchPage({ page: pageNumber, raw, hasText: true }, LEXICON_V1).map(
    formatMention,
  );

/** Just the term ids found in a text. */
export const termsIn = (raw: string) =>
  matchPage({ page: 1, raw, hasText: true }, LEXICON_V1).map((m) => m.termId);

/** A document of plan-a, as the match tests record mentions of. */
export const PLAN_A_DOC = {
  planId: "plan-a",
  path: "plans/plan-a/stp.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};
