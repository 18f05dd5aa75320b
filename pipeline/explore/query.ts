import {
  compileLexicon,
  compilePhrase,
  matchesEveryWord,
  type CompiledLexicon,
  type TokenPattern,
} from "../match/index.js";
import { compileLinearRegex, type LinearRegex } from "./linear-regex.js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

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

/** The term id a query's places carry inside the matcher. */
export const QUERY_TERM = "query";

/** A regular expression, case-insensitive, run in linear time (linear-regex.ts). */
function compileRegex(text: string): Result<Query> {
  const compiled = compileLinearRegex(text);
  return compiled.ok
    ? ok({ kind: "regex", text, regex: compiled.value })
    : compiled;
}

/** Compiles what the analyst typed; a query that cannot be read is a reason, not an exception. */
export function compileQuery(
  text: string,
  options: { readonly regex?: boolean; readonly exact?: boolean } = {},
): Result<Query> {
  if (options.regex === true) {
    if (text === "") return fail({ file: "--regex", reason: "empty pattern" });
    return compileRegex(text);
  }
  const compiled = compilePhrase(text, options);
  if (!compiled.ok)
    return fail({ reason: `query "${text}": ${compiled.problem.reason}` });
  if (compiled.value.every(matchesEveryWord))
    return fail({
      reason: `query "${text}" matches every word; give one of its words a letter (e.g. "social *")`,
    });
  const lexicon = compileLexicon(
    [{ id: QUERY_TERM, phrase: text, concept: QUERY_TERM, headline: false }],
    options,
  );
  return ok({ kind: "phrase", text, patterns: compiled.value, lexicon });
}
