import {
  findPlaces,
  pageTokens,
  pageVocabulary,
  pageFilter,
  filterColumns,
  indexNeedles,
  VOCABULARY_VERSION,
  type PageWithPlaces,
  type Query,
  type SearchPage,
} from "../index.js";
import { exploreTables, type Db } from "../../store/index.js";

/**
 * Builds the page index the explore commands use for the pages that lack it (the first run on a database, or
 * pages a scan has added since): a database from before the index works without a re-scan. Pages are checked
 * only when the corpus changed since the last check (explore_state), so a search on an unchanged database does
 * not look at every page.
 */
export function ensureVocabulary(db: Db): void {
  const state = exploreTables.readExploreState(db, VOCABULARY_VERSION);
  if (state.vocabularyComplete) return;
  const missing = exploreTables.readPagesToIndex(db, VOCABULARY_VERSION);
  if (missing.length > 0) indexPages(db, missing);
  exploreTables.saveVocabularyComplete(
    db,
    VOCABULARY_VERSION,
    state.generation,
  );
}

/**
 * Pages indexed per transaction. A scan or a verdict posted meanwhile waits for the transaction in hand: over a
 * whole corpus at once it waited until it gave up ("database is locked"); a batch is written well within that.
 */
const INDEX_BATCH_PAGES = 200;

/** Stores the index rows of pages that lack them, a batch of pages (read, indexed, written) at a time. */
function indexPages(
  db: Db,
  missing: readonly { sha256: string; page: number }[],
): void {
  if (missing.length > 50)
    process.stderr.write(
      `indexing ${missing.length} stored pages for search (once; later searches reuse it)\n`,
    );
  for (let at = 0; at < missing.length; at += INDEX_BATCH_PAGES) {
    const batch = missing.slice(at, at + INDEX_BATCH_PAGES);
    const texts = exploreTables.readStoredPages(db, batch);
    exploreTables.saveVocabulary(
      db,
      VOCABULARY_VERSION,
      batch.map((p, i) => {
        const v = pageVocabulary(texts[i] ?? "");
        return {
          sha256: p.sha256,
          page: p.page,
          words: v.words,
          stems: v.stems,
          counts: JSON.stringify(v.counts),
          tokens: v.tokens,
          joined: v.joined,
          compound: v.compound,
        };
      }),
    );
  }
}

/** The indexed pages of the corpus (or of one plan) with the columns asked for. */
export function loadVocabulary(
  db: Db,
  columns: readonly exploreTables.VocabularyColumn[],
  plan?: string,
): exploreTables.VocabularyRow[] {
  ensureVocabulary(db);
  return exploreTables.readVocabulary(db, columns, { plan });
}

/**
 * The pages that may hold a query (the index rules out the rest: SQLite tests its stems and exact words, the
 * filter its globs or regex), with their stored text: read with the index row when SQLite decides alone, else
 * only for the pages that pass the filter.
 */
export function* pagesFor(
  db: Db,
  query: Query,
  plan?: string,
): Generator<SearchPage> {
  const columns = filterColumns(query);
  const options = { plan, needles: indexNeedles(query) };
  ensureVocabulary(db);
  if (columns.length === 0) {
    for (const row of exploreTables.readVocabulary(db, [], {
      ...options,
      text: true,
    }))
      yield { ...pageOf(row), raw: row.text ?? "" };
    return;
  }
  const mayHold = pageFilter(query, { needlesTested: true });
  const passed: exploreTables.VocabularyRow[] = [];
  for (const row of exploreTables.eachVocabularyRow(db, columns, options))
    if (
      mayHold({
        words: (row.words as string | undefined) ?? "",
        stems: (row.stems as string | undefined) ?? "",
        joined: (row.joined as string | undefined) ?? "",
        compound: (row.compound as string | null | undefined) ?? null,
      })
    )
      passed.push({ ...pageOf(row), sha256: row.sha256 });
  const texts = exploreTables.readStoredPages(db, passed);
  for (const [i, row] of passed.entries())
    yield { ...pageOf(row), raw: texts[i] ?? "" };
}

/** Where an index row's page is. */
const pageOf = (row: exploreTables.VocabularyRow) => ({
  plan: row.plan,
  document: row.document,
  page: row.page,
  pages: row.pages,
});

/** Each page that holds the query, with its joined-reading tokens and the query's places on it. */
export function* placesByPage(
  db: Db,
  query: Query,
  plan?: string,
): Generator<
  PageWithPlaces & {
    readonly plan: string;
    readonly document: string;
    readonly page: number;
  }
> {
  for (const p of pagesFor(db, query, plan)) {
    const places = findPlaces(p.raw, query);
    if (places.length > 0)
      yield {
        plan: p.plan,
        document: p.document,
        page: p.page,
        tokens: pageTokens(p.raw, {
          places,
          holdsPlace: (text) => findPlaces(text, query).length > 0,
        }),
        places,
      };
  }
}

/** Per-page word counts of the corpus (or one plan), parsed from the index. */
export function loadWordCounts(
  db: Db,
  plan?: string,
): { plan: string; counts: Record<string, number> }[] {
  return loadVocabulary(db, ["counts"], plan).map((r) => ({
    plan: r.plan,
    counts: JSON.parse((r.counts as string | undefined) ?? "{}") as Record<
      string,
      number
    >,
  }));
}
