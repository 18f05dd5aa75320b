// A database as a scan leaves it (documents and their stored pages), written straight into SQLite: the tests of
// large corpora need thousands of pages in a second, not a scan of thousands of PDFs.
import { openDatabase } from "../../pipeline/store/index.js";

/** The shape of the corpus: how many plans, documents per plan and pages per document, and each page's text. */
export type SyntheticCorpus = {
  readonly plans: number;
  readonly documentsPerPlan: number;
  readonly pagesPerDocument: number;
  /** The text of a page, from its 0-based index over the whole corpus. */
  readonly pageText: (pageIndex: number) => string;
};

/** Writes `corpus` into a new database at `file` (documents `plans/pN/dM.pdf`, each with its own content). */
export function writeSyntheticDatabase(
  file: string,
  corpus: SyntheticCorpus,
): void {
  const db = openDatabase(file);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO scan_runs (run_id, started_at, finished_at, corpus, lexicon_path, lexicon_sha256, tool_version,
         pdfjs_version, natural_version, node_version)
       VALUES (1, '2020-01-01', '2020-01-01', '/nowhere', 'lexicon.csv', 'x', 'x', 'x', 'x', 'x')`,
    ).run();
    const plan = db.prepare(
      `INSERT INTO plans (plan_id, name, region) VALUES (?, ?, 'r')`,
    );
    const document = db.prepare(
      `INSERT INTO documents (document, plan_id, role, manifest_order, sha256, pages, status, in_manifest, scan_run_id)
       VALUES (?, ?, 'plan', ?, ?, ?, 'ok', 1, 1)`,
    );
    const page = db.prepare(
      `INSERT INTO pages (sha256, page, text, has_text) VALUES (?, ?, ?, 1)`,
    );
    let pageIndex = 0;
    for (let p = 0; p < corpus.plans; p++) {
      plan.run(`p${p}`, `Plan ${p}`);
      for (let d = 0; d < corpus.documentsPerPlan; d++) {
        const sha256 = `sha-${p}-${d}`;
        document.run(
          `plans/p${p}/d${d}.pdf`,
          `p${p}`,
          d,
          sha256,
          corpus.pagesPerDocument,
        );
        for (let n = 1; n <= corpus.pagesPerDocument; n++)
          page.run(sha256, n, corpus.pageText(pageIndex++));
      }
    }
  })();
  db.close();
}
