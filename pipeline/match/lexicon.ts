import type { Term } from "../types.js";
import { tokenise } from "../normalise/index.js";
import { normalise } from "../normalise/index.js";
import { isJoiningSeparator } from "./separator.js";
import { stem } from "./stem.js";

/** A term ready to match: its phrase as a list of stems. */
export type CompiledTerm = {
  readonly term: Term;
  readonly stems: readonly string[];
  readonly order: number;
};

/** The lexicon indexed by the stem each term starts with. */
export type CompiledLexicon = {
  readonly terms: readonly Term[];
  readonly byFirstStem: ReadonlyMap<string, readonly CompiledTerm[]>;
};

/** Why one term of a lexicon cannot be used; `index` is 0-based in the list given. */
export type TermProblem = {
  readonly index: number;
  readonly termId: string;
  readonly reason: string;
};

/** The stems of a phrase, exactly as page text would be tokenised and stemmed. */
export function phraseStems(phrase: string): string[] {
  return tokenise(normalise(phrase).text).map((t) => stem(t.text));
}

/** Checks terms the way the matcher will read them: ids, empty phrases, phrase punctuation, same stems. */
export function checkTerms(terms: readonly Term[]): TermProblem[] {
  const problems: TermProblem[] = [];
  const ids = new Map<string, number>();
  const stemKeys = new Map<string, string>();
  terms.forEach((term, index) => {
    const fail = (reason: string): void =>
      void problems.push({ index, termId: term.id, reason });
    if (!/^[a-z0-9][a-z0-9-]*$/.test(term.id))
      fail(`id "${term.id}" must be lower-case letters, digits and "-"`);
    if (ids.has(term.id))
      fail(
        `duplicate id "${term.id}" (also row ${(ids.get(term.id) as number) + 1})`,
      );
    ids.set(term.id, index);
    if (term.concept.trim() === "") fail(`term "${term.id}" has no concept`);
    const text = normalise(term.phrase).text;
    const tokens = tokenise(text);
    if (tokens.length === 0)
      return fail(`term "${term.id}" has an empty phrase`);
    const gaps = [
      text.slice(0, tokens[0]?.start),
      ...tokens.slice(1).map((t, k) => text.slice(tokens[k]?.end, t.start)),
    ];
    const trailing = text.slice(tokens[tokens.length - 1]?.end);
    if (![...gaps, trailing].every(isJoiningSeparator)) {
      return fail(
        `phrase "${term.phrase}" of "${term.id}" has punctuation that would break it in page text`,
      );
    }
    const key = tokens.map((t) => stem(t.text)).join(" ");
    const other = stemKeys.get(key);
    if (other !== undefined)
      fail(
        `phrase "${term.phrase}" of "${term.id}" has the same stems as "${other}" (${key})`,
      );
    stemKeys.set(key, term.id);
  });
  return problems;
}

/** Indexes checked terms for matching; call checkTerms first (an invalid lexicon is a startup error). */
export function compileLexicon(terms: readonly Term[]): CompiledLexicon {
  const byFirstStem = new Map<string, CompiledTerm[]>();
  terms.forEach((term, order) => {
    const stems = phraseStems(term.phrase);
    const first = stems[0];
    if (first === undefined)
      throw new Error(
        `term "${term.id}" has no tokens (checkTerms was not called)`,
      );
    byFirstStem.set(first, [
      ...(byFirstStem.get(first) ?? []),
      { term, stems, order },
    ]);
  });
  return { terms, byFirstStem };
}
