import {
  compileLexicon,
  compilePhrase,
  matchesEveryWord,
  type CompiledLexicon,
  type TokenPattern,
} from "../match/index.js";
import { compileLinearRegex, type LinearRegex } from "./linear-regex.js";

/**
 * A search query, compiled: a phrase read exactly as a lexicon term (stems; globs on the words as written; with
 * `exact`, words as written), or a regular expression over the normalised page text.
 */
export type Query =
  | {
      readonly kind: "phrase";
      readonly text: string;
      readonly patterns: readonly TokenPattern[];
      /** The phrase as a one-term lexicon, so a query matches with the very code a scan uses. */
      readonly lexicon: CompiledLexicon;
    }
  | {
      readonly kind: "regex";
      readonly text: string;
      readonly regex: LinearRegex;
    };

export type QueryResult =
  | { readonly ok: true; readonly query: Query }
  | { readonly ok: false; readonly reason: string };

/** The term id a query's places carry inside the matcher. */
export const QUERY_TERM = "query";

/** A regular expression, case-insensitive, run in linear time (linear-regex.ts). */
function compileRegex(text: string): QueryResult {
  const compiled = compileLinearRegex(text);
  return compiled.ok
    ? { ok: true, query: { kind: "regex", text, regex: compiled.regex } }
    : compiled;
}

/** Compiles what the analyst typed; a query that cannot be read is a reason, not an exception. */
export function compileQuery(
  text: string,
  options: { readonly regex?: boolean; readonly exact?: boolean } = {},
): QueryResult {
  if (options.regex === true) {
    if (text === "") return { ok: false, reason: "--regex: empty pattern" };
    return compileRegex(text);
  }
  const compiled = compilePhrase(text, options);
  if (!compiled.ok)
    return { ok: false, reason: `query "${text}": ${compiled.reason}` };
  if (compiled.patterns.every(matchesEveryWord))
    return {
      ok: false,
      reason: `query "${text}" matches every word; give one of its words a letter (e.g. "social *")`,
    };
  const lexicon = compileLexicon(
    [{ id: QUERY_TERM, phrase: text, concept: QUERY_TERM, headline: false }],
    options,
  );
  return {
    ok: true,
    query: { kind: "phrase", text, patterns: compiled.patterns, lexicon },
  };
}
