// `node dist/tests/bench/make-explore-dbs.js DIR [TIMES...]`: scans ../shared/stp-corpus and copies of it
// TIMES times over (default 8 16) into DIR/e1.sqlite, DIR/e8.sqlite, ..., to time the explore commands by hand
// (e.g. `hyperfine -w 1 -r 5 "bin/stp-scan search 'social value' --db DIR/e8.sqlite"`). A copy made before is reused.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";
import { copiedCorpus, countCopiesApart } from "./copied-corpus.js";

const [dir, ...rest] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write("usage: make-explore-dbs.js DIR [TIMES...]\n");
  process.exit(2);
}
const source = join(PROJECT_ROOT, "..", "shared", "stp-corpus");
mkdirSync(dir, { recursive: true });
for (const times of [1, ...(rest.length > 0 ? rest.map(Number) : [8, 16])]) {
  const corpus = times === 1 ? source : join(dir, `corpus${times}`);
  if (times > 1 && !existsSync(join(corpus, "manifest.csv")))
    copiedCorpus(source, times, corpus);
  const db = join(dir, `e${times}.sqlite`);
  const r = spawnSync(
    join(PROJECT_ROOT, "bin", "stp-scan"),
    ["scan", "--corpus", corpus, "--db", db, "--ocr", "off"],
    { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] },
  );
  if (times > 1) countCopiesApart(db);
  // The corpus's own problems (one line each, every copy) are left out: the last line sums the scan up.
  const summary = r.stderr.trimEnd().split("\n").at(-1) ?? "";
  process.stderr.write(`${db}: exit ${r.status}; ${summary}\n`);
}
