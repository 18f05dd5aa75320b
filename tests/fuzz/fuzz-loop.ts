// The fuzzer behind `make fuzz` and its smoke test: mutate real PDFs the ways damaged files are damaged, scan
// each batch with the CLI as an analyst would, and check that a bad file only ever becomes a status.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { seededRandom } from "../../pipeline/stats/index.js";

/** Mulberry32, seeded, so a finding can be made again from its seed: the generator samples draw with. */
export { seededRandom };

const CLI = join(PROJECT_ROOT, "dist/pipeline/cli/main.js");

const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

const OBJ_BLOCK = /\d+ \d+ obj\b[\s\S]*?endobj/g;

/** One mutated file and what was done to it. */
export type Mutant = { readonly bytes: Buffer; readonly mutation: string };

/** Damages a PDF one way, chosen by `random`: flips, truncation, duplicated or deleted objects, huge numbers, deep nesting. */
export function mutate(source: Buffer, random: () => number): Mutant {
  // latin1 keeps one character per byte, so string positions are byte offsets.
  const text = source.toString("latin1");
  const kind = between(random, 0, 5);
  if (source.length === 0 || kind === 0) {
    const bytes = Buffer.from(source);
    const flips = between(random, 1, 20);
    for (let i = 0; i < flips && bytes.length > 0; i++)
      bytes[between(random, 0, bytes.length - 1)] = between(random, 0, 255);
    return { bytes, mutation: `flip ${flips} bytes` };
  }
  if (kind === 1) {
    const at = between(random, 0, source.length - 1);
    return { bytes: source.subarray(0, at), mutation: `truncate at ${at}` };
  }
  const blocks = [...text.matchAll(OBJ_BLOCK)];
  if ((kind === 2 || kind === 3) && blocks.length > 0) {
    const block = blocks[between(random, 0, blocks.length - 1)];
    const start = block?.index ?? 0;
    const end = start + (block?.[0].length ?? 0);
    if (kind === 2) {
      const at = blocks[between(random, 0, blocks.length - 1)]?.index ?? 0;
      return {
        bytes: Buffer.from(
          text.slice(0, at) + text.slice(start, end) + "\n" + text.slice(at),
          "latin1",
        ),
        mutation: `duplicate obj at ${start} before ${at}`,
      };
    }
    return {
      bytes: Buffer.from(text.slice(0, start) + text.slice(end), "latin1"),
      mutation: `delete obj at ${start}`,
    };
  }
  if (kind === 4 || kind === 2 || kind === 3) {
    const numbers = [...text.matchAll(/(?<![\w.])\d+(?![\w.])/g)];
    const count = Math.min(numbers.length, between(random, 1, 10));
    const chosen = new Set<number>();
    for (let i = 0; i < count; i++)
      chosen.add(numbers[between(random, 0, numbers.length - 1)]?.index ?? 0);
    let out = "";
    let last = 0;
    for (const m of numbers) {
      if (!chosen.has(m.index)) continue;
      out += text.slice(last, m.index) + "99999999999";
      last = m.index + m[0].length;
    }
    return {
      bytes: Buffer.from(out + text.slice(last), "latin1"),
      mutation: `huge numbers at ${[...chosen].sort((a, b) => a - b).join(",")}`,
    };
  }
  const depth = between(random, 100, 100_000);
  const [open, close] = random() < 0.5 ? ["[", "]"] : ["<<", ">>"];
  const at = between(random, 0, text.length);
  return {
    bytes: Buffer.from(
      text.slice(0, at) +
        open.repeat(depth) +
        close.repeat(depth) +
        text.slice(at),
      "latin1",
    ),
    mutation: `nest ${open} x${depth} at ${at}`,
  };
}

/** How the fuzzer runs. */
export type FuzzOptions = {
  /** The PDFs to mutate. */
  readonly sources: readonly string[];
  /** Stop starting new batches after this long. */
  readonly seconds: number;
  readonly seed: number;
  /** Mutated files per scan. @default 8 */
  readonly batchSize?: number;
  /** `--timeout` of each scan, in seconds per document. @default 20 */
  readonly timeout?: number;
  /** Where crashing or hanging files are copied; null keeps nothing. */
  readonly findingsDir: string | null;
  readonly log?: (line: string) => void;
};

/**
 * A batch that broke an invariant (crash, hang), or a file the scan gave up on (timeout: the limit worked, but a
 * mutant that keeps pdf.js busy that long is worth a look). The files come with their seeds and mutations.
 */
export type Finding = {
  readonly kind: "crash" | "hang" | "timeout";
  readonly batch: number;
  readonly what: string;
  readonly files: readonly {
    file: string;
    source: string;
    seed: number;
    mutation: string;
  }[];
};

export type FuzzSummary = {
  readonly seed: number;
  readonly batches: number;
  readonly files: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  readonly integrity: string;
  readonly seconds: number;
};

type Run = {
  status: number | null;
  stdout: string;
  stderr: string;
  killed: boolean;
};

/** Runs the CLI, killing it (and so its worker threads) when it takes longer than `limitMs`. */
function runCliWithin(args: readonly string[], limitMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, limitMs);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, killed });
    });
  });
}

/**
 * Mutates and scans batches until `seconds` have passed. Invariants, per batch: the CLI exits 0 within
 * documents x timeout seconds, and the documents export has every file of the batch with a status. At the end
 * the database passes `PRAGMA integrity_check`.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const batchSize = options.batchSize ?? 8;
  const timeout = options.timeout ?? 20;
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const work = tempDir("stp-fuzz-");
  const corpus = join(work, "corpus");
  const db = join(work, "fuzz.sqlite");
  const statuses: Record<string, number> = {};
  const findings: Finding[] = [];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let batches = 0;
  let files = 0;
  const record = (finding: Finding) => {
    findings.push(finding);
    log(`batch ${finding.batch}: ${finding.kind}: ${finding.what}`);
    if (options.findingsDir === null) return;
    const dir = join(
      options.findingsDir,
      `seed-${options.seed}-batch-${finding.batch}-${finding.kind}`,
    );
    mkdirSync(dir, { recursive: true });
    for (const f of finding.files)
      copyFileSync(f.file, join(dir, basename(f.file)));
    writeFileSync(
      join(dir, "finding.json"),
      JSON.stringify({ seed: options.seed, ...finding }, null, 2) + "\n",
    );
  };
  while (elapsed() < options.seconds && options.sources.length > 0) {
    batches++;
    rmSync(corpus, { recursive: true, force: true });
    const batch: {
      file: string;
      source: string;
      seed: number;
      mutation: string;
      path: string;
    }[] = [];
    const rows = ["plan_id,path"];
    for (let i = 0; i < batchSize; i++) {
      const source =
        options.sources[between(random, 0, options.sources.length - 1)] ?? "";
      const seed = between(random, 0, 2 ** 31);
      const { bytes, mutation } = mutate(
        readFileSync(source),
        seededRandom(seed),
      );
      const plan = `fuzz-${batches}-${i}`;
      const path = `plans/${plan}/${seed}.pdf`;
      mkdirSync(join(corpus, "plans", plan), { recursive: true });
      writeFileSync(join(corpus, path), bytes);
      rows.push(`${plan},${path}`);
      batch.push({
        file: join(corpus, path),
        source: basename(source),
        seed,
        mutation,
        path,
      });
    }
    writeFileSync(join(corpus, "manifest.csv"), rows.join("\n") + "\n");
    files += batch.length;
    // A little slack over documents x timeout for the CLI's start and the writes after the last document.
    const limit = (batch.length * timeout + 15) * 1000;
    const scan = await runCliWithin(
      [
        "scan",
        "--corpus",
        corpus,
        "--db",
        db,
        "--json",
        "--quiet",
        "--timeout",
        String(timeout),
      ],
      limit,
    );
    let what: string | null = null;
    const slow: typeof batch = [];
    if (scan.killed)
      what = `scan still running after ${limit / 1000} s; killed`;
    else if (scan.status !== 0)
      what = `scan exited ${scan.status}: ${scan.stderr.trim().split("\n").slice(-3).join(" | ")}`;
    else {
      const exported = await runCliWithin(
        ["export", "documents", "--db", db, "--format", "json"],
        60_000,
      );
      let docs: { document: string; status: string | null }[] = [];
      try {
        docs = JSON.parse(exported.stdout) as typeof docs;
      } catch {
        what = `export documents exited ${exported.status} without JSON: ${exported.stderr.trim()}`;
      }
      const byPath = new Map(docs.map((d) => [d.document, d.status]));
      for (const f of batch) {
        const status = byPath.get(f.path);
        if (
          what === null &&
          (status === undefined || status === null || status === "")
        )
          what = `${f.path} has no status in the export`;
        if (status) statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === "timeout") slow.push(f);
      }
    }
    if (what !== null)
      record({
        kind: scan.killed ? "hang" : "crash",
        batch: batches,
        what,
        files: batch.map(({ file, source, seed, mutation }) => ({
          file,
          source,
          seed,
          mutation,
        })),
      });
    for (const f of slow)
      record({
        kind: "timeout",
        batch: batches,
        what: `${f.path} timed out (${f.source}: ${f.mutation})`,
        files: [
          {
            file: f.file,
            source: f.source,
            seed: f.seed,
            mutation: f.mutation,
          },
        ],
      });
    if (what === null && slow.length === 0)
      log(
        `batch ${batches}: ${batch.length} files scanned (${elapsed().toFixed(0)} s)`,
      );
  }
  let integrity = "no database (no batch was scanned)";
  if (batches > 0) {
    try {
      const handle = new Database(db, { readonly: true });
      integrity = (
        handle.pragma("integrity_check") as { integrity_check: string }[]
      )
        .map((r) => r.integrity_check)
        .join("; ");
      handle.close();
    } catch (error) {
      integrity = `cannot open the database: ${(error as Error).message}`;
    }
  }
  rmSync(work, { recursive: true, force: true });
  return {
    seed: options.seed,
    batches,
    files,
    statuses,
    findings,
    integrity,
    seconds: elapsed(),
  };
}

/** The summary as a small table for the terminal. */
export function formatSummary(s: FuzzSummary): string {
  const crashes = s.findings.filter((f) => f.kind === "crash").length;
  const hangs = s.findings.filter((f) => f.kind === "hang").length;
  const timeouts = s.findings.filter((f) => f.kind === "timeout").length;
  const rows: [string, string][] = [
    ["seed", String(s.seed)],
    ["seconds", s.seconds.toFixed(0)],
    ["batches", String(s.batches)],
    ["files", String(s.files)],
    ...Object.entries(s.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]): [string, string] => [`status ${status}`, String(n)]),
    ["crashes", String(crashes)],
    ["hangs", String(hangs)],
    ["timeouts (copied)", String(timeouts)],
    ["integrity_check", s.integrity],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n");
}
