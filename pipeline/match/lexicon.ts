import type { Term } from "../types.js";
import {
  compilePhrase,
  EMPTY_PHRASE,
  matchesEveryWord,
  patternKey,
  type TokenPattern,
} from "./token-pattern.js";
import { pairKey, stemHash } from "./stem-pairs.js";

/** A term ready to match: its phrase as a list of token patterns (stems, or globs). */
export type CompiledTerm = {
  readonly term: Term;
  readonly patterns: readonly TokenPattern[];
  readonly order: number;
};

/**
 * The lexicon indexed by the stem each term starts with; terms that start with another pattern (a glob, an
 * exact word) are tried at every token.
 */
export type CompiledLexicon = {
  readonly terms: readonly Term[];
  readonly byFirstStem: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly otherFirst: readonly CompiledTerm[];
  /** The first code unit of each key of byFirstStem: a token whose stem starts otherwise starts no term there. */
  readonly initials: ReadonlySet<number>;
  /** Tokens in the longest phrase. */
  readonly longest: number;
};

/** Why one term of a lexicon cannot be used; `index` is 0-based in the list given. */
export type TermProblem = {
  readonly index: number;
  readonly termId: string;
  readonly reason: string;
};

/**
 * The stems of a phrase, exactly as page text would be tokenised and stemmed; its glob tokens are left out
 * (a page needs every stem listed to hold the phrase).
 */
export function phraseStems(phrase: string): string[] {
  const compiled = compilePhrase(phrase);
  if (!compiled.ok) return [];
  return compiled.value.flatMap((p) => (p.kind === "stem" ? [p.stem] : []));
}

/**
 * The pair keys (stem-pairs.ts) of a phrase's neighbouring stems, in order: a page can hold the phrase only if its
 * filter holds every one. A glob or exact word between two stems breaks the chain: those neighbours give no key.
 */
export function phrasePairs(phrase: string): number[] {
  const compiled = compilePhrase(phrase);
  if (!compiled.ok) return [];
  const keys: number[] = [];
  compiled.value.forEach((p, k) => {
    const before = compiled.value[k - 1];
    if (p.kind === "stem" && before?.kind === "stem")
      keys.push(pairKey(stemHash(before.stem), stemHash(p.stem)));
  });
  return keys;
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
    const compiled = compilePhrase(term.phrase);
    if (!compiled.ok)
      return compiled.problem.reason === EMPTY_PHRASE
        ? fail(`term "${term.id}" has an empty phrase`)
        : fail(
            `phrase "${term.phrase}" of "${term.id}" has punctuation that would break it in page text`,
          );
    const everyWord = compiled.value.find(matchesEveryWord);
    if (everyWord !== undefined && everyWord.kind === "glob")
      return fail(
        `phrase "${term.phrase}" of "${term.id}" has the glob "${everyWord.glob}", which matches every word; give it a letter (e.g. "valu*")`,
      );
    const key = compiled.value.map(patternKey).join(" ");
    const other = stemKeys.get(key);
    if (other !== undefined)
      fail(
        `phrase "${term.phrase}" of "${term.id}" has the same stems as "${other}" (${key})`,
      );
    stemKeys.set(key, term.id);
  });
  return problems;
}

/**
 * Indexes checked terms for matching; call checkTerms first (an invalid lexicon is a startup error). With
 * `exact`, words compare as written (lower-cased) instead of by stem: `stp-scan search --exact`.
 */
export function compileLexicon(
  terms: readonly Term[],
  options: { readonly exact?: boolean } = {},
): CompiledLexicon {
  const byFirstStem = new Map<string, CompiledTerm[]>();
  const otherFirst: CompiledTerm[] = [];
  let longest = 0;
  terms.forEach((term, order) => {
    const compiled = compilePhrase(term.phrase, options);
    const first = compiled.ok ? compiled.value[0] : undefined;
    if (!compiled.ok || first === undefined)
      throw new Error(
        `term "${term.id}" has no tokens (checkTerms was not called)`,
      );
    const entry = { term, patterns: compiled.value, order };
    longest = Math.max(longest, compiled.value.length);
    if (first.kind !== "stem") otherFirst.push(entry);
    else
      byFirstStem.set(first.stem, [
        ...(byFirstStem.get(first.stem) ?? []),
        entry,
      ]);
  });
  const initials = new Set([...byFirstStem.keys()].map((s) => s.charCodeAt(0)));
  return { terms, byFirstStem, otherFirst, initials, longest };
}
