import { normaliseReadings, tokenise } from "../normalise/index.js";
import { globSource, stem } from "../match/index.js";
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

/** The stems and exact words of a phrase as needles (a glob or a regex has none: the filter tests those). */
export function indexNeedles(query: Query): IndexNeedle[] {
  if (query.kind === "regex") return [];
  return query.patterns.flatMap((p): IndexNeedle[] =>
    p.kind === "stem"
      ? [{ column: "stems", text: ` ${p.stem} ` }]
      : p.kind === "exact"
        ? [{ column: "words", text: ` ${p.word} ` }]
        : [],
  );
}

type FilterPage = Parameters<PageFilter>[0];

/** The test of one needle on a page's spaced lists. */
const holdsNeedle =
  (needle: IndexNeedle) =>
  (page: FilterPage): boolean =>
    page[needle.column].includes(needle.text);

/**
 * The filter for a query: every stem, word and glob of a phrase on the page; a regex matching a reading. With
 * `needlesTested`, the part the needles leave (globs, the regex), for rows the index query already tested.
 */
export function pageFilter(
  query: Query,
  options: { readonly needlesTested?: boolean } = {},
): PageFilter {
  if (query.kind === "regex") {
    const once = new RegExp(
      query.regex.source,
      query.regex.flags.replace("g", ""),
    );
    return (p) =>
      once.test(p.joined) || (p.compound !== null && once.test(p.compound));
  }
  const tests = query.patterns.flatMap(
    (p): ((page: FilterPage) => boolean)[] => {
      if (p.kind !== "glob")
        return options.needlesTested === true
          ? []
          : indexNeedles({ ...query, patterns: [p] }).map(holdsNeedle);
      const inList = new RegExp(
        `(?<= )${globSource(p.glob, "[^ ]")}(?= )`,
        "iu",
      );
      return [(page) => inList.test(page.words)];
    },
  );
  return (page) => tests.every((t) => t(page));
}

/** Which columns the filter left after the needles reads, so the shell loads no more than it needs. */
export const filterColumns = (
  query: Query,
): readonly ("words" | "stems" | "joined" | "compound")[] =>
  query.kind === "regex"
    ? ["joined", "compound"]
    : query.patterns.some((p) => p.kind === "glob")
      ? ["words"]
      : [];
