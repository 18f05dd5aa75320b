// What the explore commands print of what explore/ found, in the format asked (renderRows): the rows `--top`
// lets through, their columns, the figures the JSON opens with, a closing line and what to say when none is found.
import type {
  Cluster,
  Collocate,
  Suggestion,
  WordCount,
} from "../explore/index.js";
import { counted } from "../plural.js";
import {
  renderRows,
  round4,
  type RenderedRows,
  type RowFormat,
} from "./render-rows.js";

/** The first `top` rows; `top` 0 (or less): all of them. */
const topRows = <T>(rows: readonly T[], top: number) =>
  top > 0 ? rows.slice(0, top) : rows;

/** `clusters`: the phrases holding the query, by frequency. */
export function renderClusters(
  all: readonly Cluster[],
  shape: {
    readonly query: string;
    readonly top: number;
    readonly format: RowFormat;
  },
): RenderedRows {
  return renderRows(
    shape.format,
    ["cluster", "size", "count", "plans"],
    topRows(all, shape.top),
    {
      meta: { query: shape.query, clusters: all.length },
      footer: `${all.length} clusters`,
      empty: `no clusters for "${shape.query}"`,
    },
  );
}

/** `collocates`: the words near the query's places, with their figures rounded; `top` 0 shows none. */
export function renderCollocates(
  result: {
    readonly collocates: readonly Collocate[];
    readonly places: number;
    readonly windowTokens: number;
    readonly corpusTokens: number;
  },
  shape: {
    readonly query: string;
    readonly top: number;
    readonly format: RowFormat;
  },
): RenderedRows {
  const rows = result.collocates
    .slice(0, Math.max(0, shape.top))
    .map((c) => ({ ...c, mi: round4(c.mi), llr: round4(c.llr) }));
  return renderRows(
    shape.format,
    ["word", "near", "corpus", "mi", "llr"],
    rows,
    {
      meta: {
        query: shape.query,
        places: result.places,
        windowTokens: result.windowTokens,
        corpusTokens: result.corpusTokens,
      },
      footer: `${counted(result.places, "place")}, ${counted(result.windowTokens, "token")} in their windows, ${result.corpusTokens} in the corpus`,
      empty:
        result.places === 0
          ? `no matches for "${shape.query}"`
          : "no collocate reaches --min-count",
    },
  );
}

/** `words`: the word (or stem) frequency list. */
export function renderWords(
  list: { readonly words: readonly WordCount[]; readonly tokens: number },
  shape: {
    readonly stems: boolean;
    readonly top: number;
    readonly format: RowFormat;
  },
): RenderedRows {
  return renderRows(
    shape.format,
    ["word", "count", "plans"],
    topRows(list.words, shape.top),
    {
      meta: { tokens: list.tokens, types: list.words.length },
      footer: `${list.words.length} distinct ${shape.stems ? "stems" : "words"}, ${counted(list.tokens, "token")}`,
      empty: "no words (is the corpus scanned?)",
    },
  );
}

/** `suggest`: phrases the lexicon lacks in the contexts of a concept's mentions (`basis`), figures rounded. */
export function renderSuggestions(
  found: {
    readonly suggestions: readonly Suggestion[];
    readonly basis: string;
  },
  shape: {
    readonly concept: string;
    readonly top: number;
    readonly format: RowFormat;
  },
): RenderedRows {
  const rows = topRows(found.suggestions, shape.top).map((s) => ({
    ...s,
    shared: round4(s.shared),
    keyness: round4(s.keyness),
  }));
  return renderRows(
    shape.format,
    ["phrase", "count", "plans", "shared", "keyness", "example"],
    rows,
    {
      meta: { concept: shape.concept, basis: found.basis },
      footer: `contexts of ${found.basis} of "${shape.concept}", running headers, footers and contents pages left out; ranked by keyness: log-likelihood in those contexts against the rest of the corpus, phrases more frequent there only; shared: cosine of the words around (0-1)`,
      empty: "no phrase occurs often enough (--min-count)",
    },
  );
}
