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
  matchPage({ pageNumber, raw, hasText: true }, LEXICON_V1).map(formatMention);

/** Just the term ids found in a text. */
export const termsIn = (raw: string) =>
  matchPage({ pageNumber: 1, raw, hasText: true }, LEXICON_V1).map(
    (m) => m.termId,
  );
