// `make bench`: speed and memory of the scan against poppler's pdftotext and pdfgrep, on the shared corpora.
// Prints its tables and writes them into a new dated record (bench-record.ts). Ratios are the targets, not
// absolute seconds.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  analysePage,
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  loadLexicon,
} from "../../pipeline/match/index.js";
import { locateMentions } from "../../pipeline/locate/index.js";
import { openDatabase, scanTables } from "../../pipeline/store/index.js";
import { CLI_BUNDLE, PROJECT_ROOT, tempDir } from "../helpers.js";
import { realPdfsCorpus } from "../fixtures/real-pdfs-corpus.js";
import { manyMentionsDb } from "./many-mentions-db.js";
import { loadRow, loadServe } from "./serve-load.js";
import { copiedCorpus, countCopiesApart } from "./copied-corpus.js";
import { benchWorkbench } from "./workbench-speed.js";
import { median } from "./alternating-pairs.js";
import {
  coldScanAgainstPdftotext,
  type ColdScan,
} from "./against-pdftotext.js";
import { corpusFiles, scan } from "./scan-corpus.js";
import { loadAverage, timed } from "./timed.js";
import { thisMachine, writeRecord } from "./bench-record.js";

const CLI = CLI_BUNDLE;
const BIN = join(PROJECT_ROOT, "bin", "stp-scan");
// A rare term (a few pages hold all its stems) and a common one (its stems stand on most pages).
const RARE_TERM = { id: "anchor-institution", phrase: "anchor institution" };
const COMMON_TERM = { id: "integrated-care", phrase: "integrated care" };

/** Median wall time of 11 starts of bin/stp-scan, in ms: what an analyst waits for before any work. */
function startMs(args: readonly string[]): number {
  return median(
    Array.from({ length: 11 }, () => timed(BIN, args).seconds * 1000),
  );
}

/** Normalise + tokenise + stem + match over every stored page text, in MB of text per second. */
function matchingSpeed(db: string): number {
  const handle = openDatabase(db);
  const pages = handle
    .prepare(`SELECT page, text FROM pages WHERE has_text = 1`)
    .all() as { page: number; text: string }[];
  handle.close();
  const lexicon = compileLexicon(loadLexicon(DEFAULT_LEXICON_PATH).terms);
  const megabytes =
    pages.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0) / 1e6;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const p of pages)
      analysePage({ page: p.page, raw: p.text, hasText: true }, lexicon);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return megabytes / best;
}

/** The default lexicon with one more term, in a new file; gives its path. */
function lexiconWith(term: { id: string; phrase: string }): string {
  const lexicon = join(tempDir("stp-bench-lex-"), "lexicon.csv");
  writeFileSync(
    lexicon,
    readFileSync(DEFAULT_LEXICON_PATH, "utf8").trimEnd() +
      `\n${term.id},${term.phrase},related,false\n`,
  );
  return lexicon;
}

/**
 * Issue 17: the time the scan spends working out locations, measured as the scan does it (locateMentions on a
 * document's pages, once per document with mentions), the pages read beforehand as the scan has them in hand.
 */
function locatingSeconds(db: string): number {
  const handle = openDatabase(db);
  const documents = handle
    .prepare(`SELECT document FROM mentions GROUP BY document`)
    .pluck()
    .all() as string[];
  const mentionsOf = handle.prepare(
    `SELECT page, start FROM mentions WHERE document = ?`,
  );
  const pagesOf = (document: string) => {
    const sha256 = scanTables.readDocumentSha256(handle, document);
    return sha256 === null
      ? []
      : scanTables.readPages(handle, sha256).map((p) => ({
          page: p.page,
          raw: p.raw,
          boxes: p.boxes ?? null,
        }));
  };
  const work = documents.map((d) => ({
    pages: pagesOf(d),
    mentions: mentionsOf.all(d) as { page: number; start: number }[],
  }));
  handle.close();
  const start = performance.now();
  for (const w of work) locateMentions(w.pages, w.mentions);
  return (performance.now() - start) / 1000;
}

const ratio = (a: number, b: number) => (a / b).toFixed(2);
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

type Row = Record<string, string>;
/** Issues 12 and 18: re-runs, matching and locating alone, beside the cold scan of the same corpus. */
function benchCorpus(name: string, root: string, cold: ColdScan): Row {
  const db = cold.db;
  const unchanged = scan(root, db);
  const rare = scan(root, db, ["--lexicon", lexiconWith(RARE_TERM)]);
  const common = scan(root, db, ["--lexicon", lexiconWith(COMMON_TERM)]);
  const pdfgrep = timed("pdfgrep", [
    "-c",
    "-i",
    RARE_TERM.phrase,
    ...corpusFiles(root),
  ]);
  const locating = locatingSeconds(db);
  return {
    corpus: name,
    "cold scan (median)": `${cold.seconds.toFixed(2)} s`,
    "re-run, nothing changed": `${unchanged.seconds.toFixed(2)} s`,
    [`re-run, +rare term (${RARE_TERM.phrase})`]: `${rare.seconds.toFixed(2)} s (<= 0.3)`,
    [`re-run, +common term (${COMMON_TERM.phrase})`]: `${common.seconds.toFixed(2)} s = ${(common.seconds / cold.seconds).toFixed(3)} x cold (<= 0.1)`,
    "pdfgrep -c, rare term": `${pdfgrep.seconds.toFixed(2)} s`,
    "matching alone": `${matchingSpeed(db).toFixed(1)} MB/s`,
    "locating alone (issue 17)": `${locating.toFixed(2)} s = ${((100 * locating) / cold.seconds).toFixed(1)}% of cold (<= 5%)`,
  };
}

/** Issue 18: read-only commands through the stp-scan bin, median of 11 starts each, in ms. */
function benchStarts(db: string): Row {
  const csv = join(tempDir("stp-bench-out-"), "mentions.csv");
  return {
    "--version": `${startMs(["--version"]).toFixed(0)} ms`,
    "stats --json": `${startMs(["stats", "--json", "--db", db]).toFixed(0)} ms (<= 300)`,
    mentions: `${startMs(["mentions", "--db", db]).toFixed(0)} ms (<= 300)`,
    "export mentions": `${startMs(["export", "mentions", "--db", db, "--out", csv]).toFixed(0)} ms (<= 300)`,
    "export documents": `${startMs(["export", "documents", "--db", db, "--out", csv]).toFixed(0)} ms (<= 300)`,
  };
}

/** Issue 18: the shared corpus 16 times over (distinct bytes): the scan, memory, database size, search, stats. */
function benchScale(root: string, single: ColdScan, times = 16): Row {
  const db = join(tempDir("stp-bench-db-"), "scale.sqlite");
  const cold = scan(copiedCorpus(root, times), db);
  countCopiesApart(db);
  const index = indexSeconds(db);
  const bytes = ["", "-wal"]
    .map((suffix) => join(`${db}${suffix}`))
    .filter((f) => existsSync(f))
    .reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    corpus: `stp-corpus ${times}x`,
    documents: String(cold.json.documents),
    pages: String(cold.json.pagesRead),
    "cold scan, wall / CPU": `${cold.seconds.toFixed(2)} s / ${cold.cpuSeconds.toFixed(2)} s`,
    "/ single corpus": `${ratio(cold.seconds, single.seconds)} x (<= ${times + 1})`,
    "peak RSS": `${mb(cold.json.maxRssKb)} (<= 1024 MB)`,
    database: `${(bytes / 1e6).toFixed(0)} MB, ${(bytes / 1024 / cold.json.pagesRead).toFixed(1)} KB/page`,
    "first explore command (builds the index)": `${index.toFixed(2)} s`,
    "search phrase": `${medianCli(["search", "social value", "--db", db, "--format", "json"]).toFixed(2)} s (<= 1)`,
    "stats --json": `${medianCli(["stats", "--json", "--db", db]).toFixed(2)} s (<= 1)`,
  };
}

/**
 * Issue 15's OCR row: the pages a cold scan reads by OCR, how fast the pool reads them (OCR pages over the cold
 * scan's time beyond that of the same corpus with --ocr off), against the same pages through the command line
 * alone, one after another (`pdftoppm -r 300 -gray`, then `tesseract PAGE - --psm 3`, OMP_THREAD_LIMIT=1).
 */
function benchOcr(name: string, root: string): Row {
  const db = join(tempDir("stp-bench-db-"), "ocr.sqlite");
  const cold = scan(root, db, ["--ocr", "auto"]);
  const off = scan(root, join(tempDir("stp-bench-db-"), "off.sqlite"));
  const handle = openDatabase(db);
  const pages = handle
    .prepare(
      `SELECT DISTINCT d.document, p.page FROM pages p JOIN documents d ON d.sha256 = p.sha256
       WHERE p.source <> 'text' AND d.status <> 'duplicate' ORDER BY d.document, p.page`,
    )
    .all() as { document: string; page: number }[];
  handle.close();
  const folder = tempDir("stp-bench-ocr-");
  const start = performance.now();
  for (const { document, page } of pages) {
    const image = join(folder, "page");
    const n = String(page);
    spawnSync("pdftoppm", [
      "-r",
      "300",
      "-gray",
      "-f",
      n,
      "-l",
      n,
      "-singlefile",
      join(root, document),
      image,
    ]);
    spawnSync("tesseract", [`${image}.pgm`, "-", "--psm", "3"], {
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      stdio: "ignore",
    });
  }
  const sequential = (performance.now() - start) / 1000;
  const poolSeconds = cold.seconds - off.seconds;
  const poolRate = pages.length / poolSeconds;
  const cliRate = pages.length / sequential;
  return {
    corpus: name,
    "OCR pages": String(pages.length),
    workers: String(cold.json.workers),
    "cold scan, OCR on": `${cold.seconds.toFixed(2)} s (--ocr off: ${off.seconds.toFixed(2)} s)`,
    "pool OCR pages/s": `${poolRate.toFixed(2)} (${poolSeconds.toFixed(2)} s beyond --ocr off)`,
    "command line, one page after another": `${cliRate.toFixed(2)} pages/s (${sequential.toFixed(2)} s)`,
    "pool / command line": `${(poolRate / cliRate).toFixed(2)} x (>= 1.6)`,
    "peak RSS": `${Math.round(cold.json.maxRssKb / 1024)} MB (<= 1024 MB)`,
  };
}

/** Median wall time of an stp-scan command run as the bin runs it (the documented entry point), 5 runs. */
function medianCli(args: readonly string[]): number {
  return median(
    Array.from({ length: 5 }, () => {
      const r = timed(process.execPath, [CLI, ...args]);
      if (r.status !== 0)
        throw new Error(`stp-scan ${args.join(" ")} failed (exit ${r.status})`);
      return r.seconds;
    }),
  );
}

/** The explore index is built by the first command that needs it, once: its time, apart from the searches'. */
const indexSeconds = (db: string) =>
  timed(process.execPath, [CLI, "words", "--db", db, "--top", "1"]).seconds;

/** Issue 16: search (phrase, glob, regex), collocates and words on a scanned corpus, beside pdfgrep -c. */
function benchExplore(name: string, root: string, db: string): Row {
  const files = corpusFiles(root);
  const index = { seconds: indexSeconds(db) };
  const s = (args: readonly string[]) =>
    medianCli([...args, "--db", db, "--format", "json"]);
  const phrase = s(["search", "social value"]);
  const pdfgrep = timed("pdfgrep", [
    "-c",
    "-i",
    "social value",
    ...files,
  ]).seconds;
  return {
    corpus: name,
    "first run (builds the index)": `${index.seconds.toFixed(2)} s`,
    "search phrase": `${phrase.toFixed(2)} s (<= ${name.includes("8x") ? 1 : 0.3})`,
    "search glob": `${s(["search", "social valu*"]).toFixed(2)} s`,
    "search regex": `${s(["search", "--regex", "social\\W+valu"]).toFixed(2)} s`,
    // One common word: thousands of places are matched and counted, the 20 shown are located.
    "search common word": `${s(["search", "care", "--limit", "20"]).toFixed(2)} s`,
    "pdfgrep -c -i": `${pdfgrep.toFixed(2)} s = ${(pdfgrep / phrase).toFixed(1)} x search phrase`,
    collocates: `${s(["collocates", "social value"]).toFixed(2)} s (<= 1)`,
    words: `${s(["words"]).toFixed(2)} s (<= 1)`,
  };
}

const markdown = (rows: readonly Row[]) => {
  const columns = Object.keys(rows[0] as Row);
  return [
    `| ${columns.join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${columns.map((c) => r[c]).join(" | ")} |`),
  ].join("\n");
};

const shared = join(PROJECT_ROOT, "..", "shared");
if (!existsSync(join(shared, "stp-corpus"))) {
  process.stderr.write(
    "make bench: ../shared/stp-corpus is not beside the checkout; nothing to measure\n",
  );
  process.exit(1);
}
// Five pairs of each corpus: the median of five stays put when one or two pairs catch a burst of other work, and
// more would make the run much longer. BENCH_PAIRS changes it.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const startedAt = new Date();
const machine = thisMachine();
process.stderr.write(
  `benchmarking ../shared/stp-corpus (${PAIRS} alternating pairs with pdftotext, re-runs, 16x copy), ../shared/stp-corpus-office 4x and ../shared/real-pdfs (${PAIRS} pairs each), OCR on ../shared/stp-corpus-ocr, the explore commands and the audit app under load; this takes about ten minutes\n`,
);
const stpCold = coldScanAgainstPdftotext(
  "stp-corpus",
  join(shared, "stp-corpus"),
  1.3,
  PAIRS,
);
const coldRows = [stpCold.row];
const rows = [benchCorpus("stp-corpus", join(shared, "stp-corpus"), stpCold)];
// Issue 29: office-made PDFs; once over (512 pages) the scan's start-up would weigh too much, so 4 times over.
const office = join(shared, "stp-corpus-office");
if (existsSync(join(office, "manifest.csv")))
  coldRows.push(
    coldScanAgainstPdftotext(
      "stp-corpus-office 4x",
      copiedCorpus(office, 4),
      1.3,
      PAIRS,
    ).row,
  );
const realPdfs = join(shared, "real-pdfs");
if (existsSync(join(realPdfs, "MANIFEST.csv"))) {
  const root = realPdfsCorpus(realPdfs);
  const cold = coldScanAgainstPdftotext("real-pdfs", root, 1.5, PAIRS);
  coldRows.push(cold.row);
  rows.push(benchCorpus("real-pdfs", root, cold));
}
const starts = markdown([benchStarts(stpCold.db)]);
const scale = markdown([benchScale(join(shared, "stp-corpus"), stpCold)]);
const sharedCorpus = join(shared, "stp-corpus");
const exploreDb = join(tempDir("stp-bench-db-"), "explore.sqlite");
scan(sharedCorpus, exploreDb);
const eight = copiedCorpus(sharedCorpus, 8);
const eightDb = join(tempDir("stp-bench-db-"), "explore8.sqlite");
scan(eight, eightDb);
countCopiesApart(eightDb);
const exploreLoad = loadAverage();
const explore = markdown([
  benchExplore("stp-corpus", sharedCorpus, exploreDb),
  benchExplore("stp-corpus 8x", eight, eightDb),
]);
// Issue 18: the browser audit under load, on the shared corpus's database and on a generated one of 10,000 mentions.
const manyDb = join(tempDir("stp-bench-db-"), "many.sqlite");
manyMentionsDb(manyDb, 10_000);
const serveLoad = markdown([
  loadRow("stp-corpus", await loadServe(exploreDb)),
  loadRow("generated", await loadServe(manyDb)),
  // Issue 35: 16 clients auditing while the app scans the corpus again (--force).
  loadRow(
    "stp-corpus, scan running",
    await loadServe(exploreDb, { duringScan: true }),
  ),
]);
// Issue 34: the workbench's API (first screen, search, a page; search with paging on the corpus 8 times over, its
// copies counted apart as above).
const workbench = markdown([
  await benchWorkbench("stp-corpus", exploreDb),
  await benchWorkbench("stp-corpus 8x", eightDb, 8),
]);
const ocrCorpus = join(shared, "stp-corpus-ocr");
const hasTesseract = spawnSync("tesseract", ["--version"]).status === 0;
const ocrTable =
  existsSync(ocrCorpus) && hasTesseract
    ? markdown([benchOcr("stp-corpus-ocr", ocrCorpus)])
    : "OCR row left out: ../shared/stp-corpus-ocr or tesseract is missing (make installs tesseract-ocr)";
const table = `Cold scan (--ocr off) against pdftotext, one process per file, one after another (medians of ${PAIRS} alternating pairs: scan, pdftotext loop, scan, ...; each ratio within its pair):\n\n${markdown(coldRows)}\n\nRe-runs, matching and locating (issues 12, 17 and 18):\n\n${markdown(rows)}\n\nRead-only commands through the stp-scan bin (issue 18; median of 11 starts, on the stp-corpus database):\n\n${starts}\n\nScale (issue 18; the copies are counted apart, not as duplicates of the first, so search and stats read all of them):\n\n${scale}\n\nOCR (issue 15):\n\n${ocrTable}\n\nExplore commands (issue 16; the 8x copies counted apart; median of 5 runs, wall, through the stp-scan bin; load average ${exploreLoad}):\n\n${explore}\n\nBrowser audit under load (issue 18; stp-scan serve on a copy of the database, 400 requests from 16 clients at once on loopback: list pages, statistics, PDFs, verdicts; ms from request to last byte):\n\n${serveLoad}\n\nThe workbench's API (issue 34; stp-scan serve, median of 5 answers from request to last byte, each search one not asked before; the first screen from the address printed to the statistic and the plans answered):\n\n${workbench}`;
// The speed depends on patches/ being applied to pdf.js (npm ci runs patch-package): the record says whether it was.
process.stdout.write(`${table}\n`);
const record = await writeRecord(
  {
    title: "make bench",
    command: `${process.env.BENCH_PAIRS === undefined ? "" : `BENCH_PAIRS=${PAIRS} `}make bench`,
    startedAt,
    minutes: (Date.now() - startedAt.getTime()) / 60_000,
    machine,
    body: table,
  },
  "make-bench",
);
process.stderr.write(
  `make bench: written to ${record}; docs/speed.md's table and the README's quote the latest record\n`,
);
