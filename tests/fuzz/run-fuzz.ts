// `make fuzz`: mutates the PDFs of ../shared/stp-corpus and ../shared/real-pdfs for FUZZ_SECONDS (default 300)
// with FUZZ_SEED (default: random, printed), scanning them with the CLI. Exit 1 when a crash, hang or damaged
// database was found. Those files, and files the scan gave up on (timeout), are copied to output/fuzz-findings/.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../pipeline/csv/index.js";
import { PROJECT_ROOT } from "../helpers.js";
import { formatSummary, runFuzz } from "./fuzz-loop.js";

// Larger files take seconds each to scan; the damage the fuzzer does is the same on small ones, so more batches
// fit in the time.
const MAX_SOURCE_BYTES = 2_000_000;

const shared = join(PROJECT_ROOT, "..", "shared");
const sources: string[] = [];
const stp = join(shared, "stp-corpus");
if (existsSync(join(stp, "manifest.csv")))
  for (const { cells } of readCsv(join(stp, "manifest.csv")).rows)
    sources.push(join(stp, cells.path ?? ""));
const real = join(shared, "real-pdfs");
if (existsSync(real))
  for (const name of readdirSync(real))
    if (name.endsWith(".pdf")) sources.push(join(real, name));
const usable = sources.filter(
  (f) => existsSync(f) && statSync(f).size <= MAX_SOURCE_BYTES,
);
if (usable.length === 0) {
  process.stderr.write(
    "make fuzz: neither ../shared/stp-corpus nor ../shared/real-pdfs is beside the checkout; nothing to mutate\n",
  );
  process.exit(1);
}

const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);
if (!Number.isFinite(seconds) || !Number.isInteger(seed)) {
  process.stderr.write(
    "make fuzz: FUZZ_SECONDS must be a number and FUZZ_SEED an integer\n",
  );
  process.exit(2);
}
const findingsDir = join(PROJECT_ROOT, "output", "fuzz-findings");
process.stderr.write(
  `fuzzing ${usable.length} PDFs for ${seconds} s, seed ${seed} (FUZZ_SEED=${seed} repeats this run)\n`,
);
const summary = await runFuzz({
  sources: usable,
  seconds,
  seed,
  findingsDir,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${formatSummary(summary)}\n`);
if (summary.findings.length > 0)
  process.stdout.write(`findings copied to ${findingsDir}\n`);
const broken = summary.findings.filter((f) => f.kind !== "timeout");
process.exit(broken.length > 0 || summary.integrity !== "ok" ? 1 : 0);
