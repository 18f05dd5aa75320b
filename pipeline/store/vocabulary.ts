import type { Db } from "./db.js";

/** A page_vocabulary row as the explore commands store it (see migrations/005-page-vocabulary.sql). */
export type VocabularyWrite = {
  readonly sha256: string;
  readonly page: number;
  readonly words: string;
  readonly stems: string;
  readonly counts: string;
  readonly tokens: number;
  readonly joined: string;
  readonly compound: string | null;
};

/** The columns of page_vocabulary a reader may ask for. */
export type VocabularyColumn =
  "words" | "stems" | "counts" | "tokens" | "joined" | "compound";

/** A page of the corpus with the vocabulary columns asked for (values as stored). */
export type VocabularyRow = {
  readonly plan: string;
  readonly document: string;
  readonly sha256: string;
  readonly page: number;
  /** Pages of the document. */
  readonly pages: number;
  /** The page text as extracted, when asked for. */
  readonly text?: string;
} & Partial<Record<VocabularyColumn, string | number | null>>;

// The explore commands read the pages of documents still in the corpus, duplicates left out (their original has
// the same pages, spec §Documents).
const CORPUS_PAGES = `FROM documents d JOIN pages p ON p.sha256 = d.sha256
  WHERE d.removed = 0 AND d.status <> 'duplicate'`;

/** Pages of the corpus whose vocabulary row is missing or of another version (their texts are read a batch at a time). */
export function readPagesToIndex(
  db: Db,
  version: number,
): { sha256: string; page: number }[] {
  return db
    .prepare(
      `SELECT DISTINCT p.sha256, p.page ${CORPUS_PAGES}
         AND NOT EXISTS (SELECT 1 FROM page_vocabulary v
                         WHERE v.sha256 = p.sha256 AND v.page = p.page AND v.version = ?)`,
    )
    .all(version) as { sha256: string; page: number }[];
}

/** Saves vocabulary rows in one transaction: give a batch, since other writers wait for it to end. */
export function saveVocabulary(
  db: Db,
  version: number,
  rows: readonly VocabularyWrite[],
): void {
  // A row of another version is deleted, then written: its triggers keep page_terms with it (REPLACE would not).
  const remove = db.prepare(
    `DELETE FROM page_vocabulary WHERE sha256 = ? AND page = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO page_vocabulary (sha256, page, version, words, stems, counts, tokens, joined, compound)
     VALUES (@sha256, @page, @version, @words, @stems, @counts, @tokens, @joined, @compound)`,
  );
  db.transaction(() => {
    for (const r of rows) {
      remove.run(r.sha256, r.page);
      insert.run({ ...r, version });
    }
  })();
}

/** What readVocabulary reads: one plan's pages, the pages holding needles, their text too. */
type VocabularyOptions = {
  readonly plan?: string | undefined;
  readonly needles?: readonly {
    readonly column: "words" | "stems";
    readonly text: string;
  }[];
  readonly text?: boolean;
};

/**
 * The page_terms (migrations/011-page-terms.sql) query for the whole-item needles FTS5 reads as one token each
 * (ASCII letters, digits, apostrophes), or null when there is none: the pages it gives hold every such item, and
 * instr() then checks each needle on the page's own lists.
 */
function termsQuery(
  needles: readonly {
    readonly column: "words" | "stems";
    readonly text: string;
  }[],
): string | null {
  const tokens = needles.flatMap((n) => {
    const item = /^ ([a-z0-9']+) $/.exec(n.text)?.[1];
    return item === undefined
      ? []
      : [`"${n.column === "stems" ? "s" : "w"}${item}"`];
  });
  return tokens.length === 0 ? null : tokens.join(" AND ");
}

/**
 * The conditions joined by AND as a balanced tree: SQLite refuses an expression deeper than 1000, and "a AND b AND
 * c ..." is as deep as it is long, so a query of a thousand words could not be asked.
 */
function allOf(conditions: readonly string[]): string {
  if (conditions.length <= 2) return conditions.join(" AND ");
  const half = Math.ceil(conditions.length / 2);
  return `(${allOf(conditions.slice(0, half))}) AND (${allOf(conditions.slice(half))})`;
}

/** The statement of readVocabulary and its parameters. */
function vocabularyQuery(
  db: Db,
  columns: readonly VocabularyColumn[],
  options: VocabularyOptions,
): { statement: ReturnType<Db["prepare"]>; params: Record<string, string> } {
  const wanted = columns.map((c) => `, v.${c}`).join("");
  const params: Record<string, string> = {};
  let where = "";
  if (options.plan !== undefined) {
    where += " AND d.plan_id = @plan";
    params.plan = options.plan;
  }
  const needles = options.needles ?? [];
  if (needles.length > 0)
    where += ` AND ${allOf(
      needles.map((n, i) => {
        params[`needle${i}`] = n.text;
        return `instr(v.${n.column === "words" ? "words" : "stems"}, @needle${i}) > 0`;
      }),
    )}`;
  const terms = termsQuery(needles);
  if (terms !== null) {
    where +=
      " AND v.rowid IN (SELECT rowid FROM page_terms WHERE page_terms MATCH @terms)";
    params.terms = terms;
  }
  const statement = db.prepare(
    `SELECT d.plan_id AS plan, d.document, p.sha256, p.page, COALESCE(d.pages, 0) AS pages${wanted}${options.text === true ? ", p.text" : ""}
     FROM documents d JOIN pages p ON p.sha256 = d.sha256
       JOIN page_vocabulary v ON v.sha256 = p.sha256 AND v.page = p.page
     WHERE d.removed = 0 AND d.status <> 'duplicate'${where}
     ORDER BY d.plan_id, d.manifest_order, p.page`,
  );
  return { statement, params };
}

/**
 * Every indexed page of the corpus in corpus order (one plan's, with `plan`), with the columns asked for. With
 * `needles`, only the pages whose spaced word or stem list holds each one (SQLite tests them, so the other
 * pages never reach JavaScript); with `text`, each page's stored text too.
 */
export function readVocabulary(
  db: Db,
  columns: readonly VocabularyColumn[],
  options: VocabularyOptions = {},
): VocabularyRow[] {
  const { statement, params } = vocabularyQuery(db, columns, options);
  return statement.all(params) as VocabularyRow[];
}

/** readVocabulary one row at a time, so large columns (the readings) need not all be held at once. */
export function eachVocabularyRow(
  db: Db,
  columns: readonly VocabularyColumn[],
  options: VocabularyOptions = {},
): IterableIterator<VocabularyRow> {
  const { statement, params } = vocabularyQuery(db, columns, options);
  return statement.iterate(params) as IterableIterator<VocabularyRow>;
}

/** The stored text of each page asked for (by content hash and page number), "" for one not stored. */
export function readStoredPages(
  db: Db,
  pages: readonly { readonly sha256: string; readonly page: number }[],
): string[] {
  const read = db
    .prepare(`SELECT text FROM pages WHERE sha256 = ? AND page = ?`)
    .pluck();
  return pages.map(
    (p) => (read.get(p.sha256, p.page) as string | undefined) ?? "",
  );
}

/** Stored mentions of the corpus's documents: where each is and what term and concept it has. */
export function readMentionPlaces(db: Db): {
  document: string;
  page: number;
  start: number;
  end: number;
  term_id: string;
  concept: string;
  headline: number;
  mention_id: string;
}[] {
  return db
    .prepare(
      `SELECT m.document, m.page, m.start, m.end, m.term_id, m.concept, m.headline, m.mention_id
       FROM mentions m JOIN documents d ON d.document = m.document
       WHERE d.removed = 0 AND d.status <> 'duplicate'
       ORDER BY d.plan_id, d.manifest_order, m.page, m.start`,
    )
    .all() as ReturnType<typeof readMentionPlaces>;
}
