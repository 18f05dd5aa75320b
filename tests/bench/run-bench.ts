// `make bench`: speed and memory of the scan against poppler's pdftotext and pdfgrep, on the shared corpora.
// Prints one table (and writes it to output/bench.md). Ratios are the targets, not absolute seconds.
import { spawnSync } from "node:child_process";
import os from "node:os";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../pipeline/csv/index.js";
import {
  analysePage,
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  loadLexicon,
} from "../../pipeline/match/index.js";
import { openDatabase } from "../../pipeline/store/index.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { realPdfsCorpus } from "../fixtures/real-pdfs-corpus.js";
import { copiedCorpus } from "./copied-corpus.js";

const CLI = join(PROJECT_ROOT, "dist/pipeline/cli/main.js");
const BIN = join(PROJECT_ROOT, "bin", "stp-scan");
const NEW_TERM = { id: "anchor-institution", phrase: "anchor institution" };

type Timed = { seconds: number; stdout: string; status: number | null };
function timed(command: string, args: readonly string[]): Timed {
  const start = performance.now();
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  return {
    seconds: (performance.now() - start) / 1000,
    stdout: r.stdout ?? "",
    status: r.status,
  };
}

/** Median wall time of 11 starts of bin/stp-scan, in ms: what an analyst waits for before any work. */
function startMs(args: readonly string[]): number {
  const ms = Array.from({ length: 11 }, () => timed(BIN, args).seconds * 1000);
  return ms.sort((a, b) => a - b)[5] as number;
}

type ScanJson = {
  workers: number;
  documents: number;
  pagesRead: number;
  maxRssKb: number;
};
function scan(
  corpus: string,
  db: string,
  extra: readonly string[] = [],
): Timed & { json: ScanJson } {
  // As the stp-scan bin runs it (see the shebang of pipeline/cli/main.ts).
  const r = timed(process.execPath, [
    "--single-threaded-gc",
    CLI,
    "scan",
    "--corpus",
    corpus,
    "--db",
    db,
    "--json",
    // The text layers' speed (spec v1.1) unless OCR is asked for: OCR has a row of its own.
    ...(extra.includes("--ocr") ? [] : ["--ocr", "off"]),
    ...extra,
  ]);
  if (r.status !== 0)
    throw new Error(`scan of ${corpus} failed (exit ${r.status})`);
  return { ...r, json: JSON.parse(r.stdout) as ScanJson };
}

/** The files of a corpus, from its manifest. */
const corpusFiles = (root: string) =>
  readCsv(join(root, "manifest.csv")).rows.map((r) =>
    join(root, r.cells.path ?? ""),
  );

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
      analysePage({ pageNumber: p.page, raw: p.text, hasText: true }, lexicon);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return megabytes / best;
}

type Row = Record<string, string>;
function benchCorpus(name: string, root: string, withFourTimes: boolean): Row {
  const files = corpusFiles(root).filter((f) => existsSync(f));
  const pdftotext = files.reduce(
    (sum, f) => sum + timed("pdftotext", ["-q", f, "-"]).seconds,
    0,
  );
  const db = join(tempDir("stp-bench-db-"), "bench.sqlite");
  const cold = scan(root, db);
  const unchanged = scan(root, db);
  const lexicon = join(tempDir("stp-bench-lex-"), "lexicon.csv");
  copyFileSync(DEFAULT_LEXICON_PATH, lexicon);
  writeFileSync(
    lexicon,
    readFileSync(lexicon, "utf8").trimEnd() +
      `\n${NEW_TERM.id},${NEW_TERM.phrase},related,false\n`,
  );
  const oneTerm = scan(root, db, ["--lexicon", lexicon]);
  const pdfgrep = timed("pdfgrep", ["-c", "-i", NEW_TERM.phrase, ...files]);
  const four = withFourTimes
    ? scan(copiedCorpus(root, 4), join(tempDir("stp-bench-db-"), "four.sqlite"))
    : null;
  const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
  return {
    corpus: name,
    documents: String(cold.json.documents),
    pages: String(cold.json.pagesRead),
    workers: String(cold.json.workers),
    "pdftotext (1 process/file)": `${pdftotext.toFixed(2)} s`,
    "cold scan": `${cold.seconds.toFixed(2)} s = ${(cold.seconds / pdftotext).toFixed(2)} x pdftotext (<= 2.5)`,
    "pages/s": (cold.json.pagesRead / cold.seconds).toFixed(0),
    "re-run, nothing changed": `${unchanged.seconds.toFixed(2)} s (<= 1.5)`,
    "re-run, +1 term": `${oneTerm.seconds.toFixed(2)} s = ${(oneTerm.seconds / cold.seconds).toFixed(3)} x cold (<= 0.1)`,
    "pdfgrep -c, 1 term": `${pdfgrep.seconds.toFixed(2)} s`,
    "matching alone": `${matchingSpeed(db).toFixed(1)} MB/s (>= 5)`,
    "start: --version, stats --json": `${startMs(["--version"]).toFixed(0)} ms, ${startMs(["stats", "--json", "--db", db]).toFixed(0)} ms (< 500)`,
    "peak RSS": `${mb(cold.json.maxRssKb)}${four ? ` (4x corpus: ${mb(four.json.maxRssKb)}, ${four.json.documents} documents)` : ""} (<= 1024 MB)`,
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
  const runs = Array.from({ length: 5 }, () => {
    const r = timed(process.execPath, ["--single-threaded-gc", CLI, ...args]);
    if (r.status !== 0)
      throw new Error(`stp-scan ${args.join(" ")} failed (exit ${r.status})`);
    return r.seconds;
  }).sort((a, b) => a - b);
  return runs[2] as number;
}

/** Issue 16: search (phrase, glob, regex), collocates and words on a scanned corpus, beside pdfgrep -c. */
function benchExplore(name: string, root: string, db: string): Row {
  const files = corpusFiles(root).filter((f) => existsSync(f));
  const index = timed(process.execPath, [
    "--single-threaded-gc",
    CLI,
    "words",
    "--db",
    db,
    "--top",
    "1",
  ]);
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
    "pdfgrep -c -i": `${pdfgrep.toFixed(2)} s = ${(pdfgrep / phrase).toFixed(1)} x search phrase`,
    collocates: `${s(["collocates", "social value"]).toFixed(2)} s (<= 1)`,
    words: `${s(["words"]).toFixed(2)} s (<= 1)`,
  };
}

/** Issue 18: search and stats on the corpus 16 times over, each <= 1 s. */
function benchSixteen(db: string): Row {
  const s = (args: readonly string[]) => medianCli([...args, "--db", db]);
  const index = timed(process.execPath, [
    "--single-threaded-gc",
    CLI,
    "words",
    "--db",
    db,
    "--top",
    "1",
  ]);
  return {
    corpus: "stp-corpus 16x",
    "first run (builds the index)": `${index.seconds.toFixed(2)} s`,
    "search phrase": `${s(["search", "social value", "--format", "json"]).toFixed(2)} s (<= 1)`,
    stats: `${s(["stats"]).toFixed(2)} s (<= 1)`,
  };
}

/** The load average over the last minute: the machine may be shared, and wall times rise with it. */
const loadNow = () => (os.loadavg()[0] ?? 0).toFixed(1);

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
process.stderr.write(
  "benchmarking ../shared/stp-corpus (cold, re-runs, 4x copy; explore on 1x, 8x, 16x copies), ../shared/real-pdfs and OCR on ../shared/stp-corpus-ocr; this takes a few minutes\n",
);
const rows = [benchCorpus("stp-corpus", join(shared, "stp-corpus"), true)];
if (existsSync(join(shared, "real-pdfs", "MANIFEST.csv")))
  rows.push(
    benchCorpus("real-pdfs", realPdfsCorpus(join(shared, "real-pdfs")), false),
  );
const sharedCorpus = join(shared, "stp-corpus");
const exploreDb = join(tempDir("stp-bench-db-"), "explore.sqlite");
scan(sharedCorpus, exploreDb);
const eight = copiedCorpus(sharedCorpus, 8);
const eightDb = join(tempDir("stp-bench-db-"), "explore8.sqlite");
scan(eight, eightDb);
const sixteen = copiedCorpus(sharedCorpus, 16);
const sixteenDb = join(tempDir("stp-bench-db-"), "explore16.sqlite");
scan(sixteen, sixteenDb);
const exploreLoad = loadNow();
const explore = markdown([
  benchExplore("stp-corpus", sharedCorpus, exploreDb),
  benchExplore("stp-corpus 8x", eight, eightDb),
]);
const explore16 = markdown([benchSixteen(sixteenDb)]);
const ocrCorpus = join(shared, "stp-corpus-ocr");
const hasTesseract = spawnSync("tesseract", ["--version"]).status === 0;
const ocrTable =
  existsSync(ocrCorpus) && hasTesseract
    ? markdown([benchOcr("stp-corpus-ocr", ocrCorpus)])
    : "OCR row left out: ../shared/stp-corpus-ocr or tesseract is missing (make installs tesseract-ocr)";
const table = `${markdown(rows)}\n\nOCR (issue 15):\n\n${ocrTable}\n\nExplore commands (issue 16; median of 5 runs, wall, through the stp-scan bin; load average ${exploreLoad}):\n\n${explore}\n\n${explore16}`;
// The speed depends on patches/ being applied to pdf.js (npm ci runs patch-package); say whether it was.
const pdfjsWorker = readFileSync(
  join(PROJECT_ROOT, "node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs"),
  "utf8",
);
const patched = pdfjsWorker.split("stp-scan patch (patches/").length - 1;
const note = `measured ${new Date().toISOString().slice(0, 10)} on ${process.arch}, ${os.availableParallelism()} cores, Node ${process.version}; pdf.js speed patches applied: ${patched}`;
process.stdout.write(`${table}\n\n${note}\n`);
mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
writeFileSync(
  join(PROJECT_ROOT, "output", "bench.md"),
  `${table}\n\n${note}\n`,
);
