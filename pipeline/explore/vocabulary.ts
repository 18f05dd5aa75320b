import { normaliseReadings, tokenise } from "../normalise/index.js";
import { stem } from "../match/index.js";
import { holdsRun } from "./phrase-run.js";
import type { Query } from "./query.js";

/**
 * What the explore commands keep about one page so that most queries skip most pages: its distinct words
 * (lower-cased) and stems in either hyphen reading, its word counts in the joined reading, and its normalised
 * readings (so a regular expression needs no normalising). Word lists are " w1 w2 … " (a space each side).
 */
export type PageVocabulary = {
  readonly words: string;
  readonly stems: string;
  /** Lower-cased word → count, joined reading (spec §Normalisation 4: the typesetter's breaks joined). */
  readonly counts: Readonly<Record<string, number>>;
  /** Tokens of the joined reading. */
  readonly tokens: number;
  readonly joined: string;
  /** The compound reading, when the page has a line-end hyphen (else null: it equals `joined`). */
  readonly compound: string | null;
};

/** Bump when what a PageVocabulary holds changes: stored rows of another version are built again. */
export const VOCABULARY_VERSION = 1;

const spaced = (set: Iterable<string>) => ` ${[...set].join(" ")} `;

/** The vocabulary of one page's raw text (spec §Normalisation, §Tokens: the matcher's own readings and stems). */
export function pageVocabulary(raw: string): PageVocabulary {
  const readings = normaliseReadings(raw);
  const words = new Set<string>();
  const stems = new Set<string>();
  const counts: Record<string, number> = {};
  let tokens = 0;
  readings.forEach((reading, r) => {
    for (const t of tokenise(reading.text)) {
      const word = t.text.toLowerCase();
      words.add(word);
      stems.add(stem(t.text));
      if (r === 0) {
        counts[word] = (counts[word] ?? 0) + 1;
        tokens++;
      }
    }
  });
  return {
    words: spaced(words),
    stems: spaced(stems),
    counts,
    tokens,
    joined: readings[0]?.text ?? "",
    compound: readings[1]?.text ?? null,
  };
}

/** A test a page's vocabulary must pass to hold a query; pages that fail it cannot hold one. */
export type PageFilter = (page: {
  readonly words: string;
  readonly stems: string;
  readonly joined: string;
  readonly compound: string | null;
}) => boolean;

/** A spaced word or stem (" valu ") a page's index row must hold to hold a query: SQLite tests these itself. */
export type IndexNeedle = {
  readonly column: "words" | "stems";
  readonly text: string;
};

/**
 * The longest literal run of a glob that every word it matches holds as written (lower-cased), or null. Only
 * ASCII letters and digits count, and not "s": in the glob's case-insensitive Unicode matching "s" also matches
 * "ſ", which lower-casing keeps; every other such character stands for itself in a lower-cased word.
 */
function globLiteral(glob: string): string | null {
  const runs = glob
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .split(/[^a-rt-z0-9]+/);
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest === "" ? null : longest;
}

/**
 * The stems and exact words of a phrase as needles, and the longest literal run of each glob (a regex has none:
 * the filter tests it).
 */
export function indexNeedles(query: Query): IndexNeedle[] {
  if (query.kind === "regex") return [];
  return query.patterns.flatMap((p): IndexNeedle[] => {
    if (p.kind === "stem") return [{ column: "stems", text: ` ${p.stem} ` }];
    if (p.kind === "exact") return [{ column: "words", text: ` ${p.word} ` }];
    const literal = globLiteral(p.glob);
    return literal === null ? [] : [{ column: "words", text: literal }];
  });
}

type FilterPage = Parameters<PageFilter>[0];

/** The test of one needle on a page's spaced lists. */
const holdsNeedle =
  (needle: IndexNeedle) =>
  (page: FilterPage): boolean =>
    page[needle.column].includes(needle.text);

/**
 * The filter for a query: every stem, word and glob of a phrase on the page, and for a phrase of several
 * words a run of tokens fitting them in a reading; a regex matching a reading. With
 * `needlesTested`, the part the needles leave (globs, runs, the regex), for rows the index query already tested.
 */
export function pageFilter(
  query: Query,
  options: { readonly needlesTested?: boolean } = {},
): PageFilter {
  if (query.kind === "regex") {
    const { regex } = query;
    return (p) =>
      regex.test(p.joined) || (p.compound !== null && regex.test(p.compound));
  }
  const tests = query.patterns.flatMap(
    (p): ((page: FilterPage) => boolean)[] => {
      if (p.kind !== "glob")
        return options.needlesTested === true
          ? []
          : indexNeedles({ ...query, patterns: [p] }).map(holdsNeedle);
      // A glob's literal needle only narrows: the glob itself is always tested here, word by word, so that
      // its matcher stays linear (glob-matcher.ts).
      return [
        (page) =>
          page.words
            .slice(1, -1)
            .split(" ")
            .some((w) => p.matches(w)),
      ];
    },
  );
  if (query.patterns.length > 1)
    tests.push((page) =>
      holdsRun(
        page.compound === null ? [page.joined] : [page.joined, page.compound],
        query.patterns,
        page.words,
      ),
    );
  return (page) => tests.every((t) => t(page));
}

/** Which columns the filter left after the needles reads, so the shell loads no more than it needs. */
export const filterColumns = (
  query: Query,
): readonly ("words" | "stems" | "joined" | "compound")[] =>
  query.kind === "regex"
    ? ["joined", "compound"]
    : query.patterns.length > 1
      ? ["words", "joined", "compound"]
      : query.patterns.some((p) => p.kind === "glob")
        ? ["words"]
        : [];
