// A dated bench record, as ripgrep keeps benchsuite/runs/<date>/: the figures of one run with when it ran, the
// command that made them and the machine it ran on, in tests/bench/runs/<date>/<time>-<name>.md. Numbers live in
// these records; code comments give reasons only, and docs/speed.md shows the latest record against its anchors.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { PROJECT_ROOT } from "../helpers.js";

/** Where the records are kept: one folder per day. */
export const RUNS_DIR = join(PROJECT_ROOT, "tests", "bench", "runs");

/** The machine a record was measured on, and the build it measured. */
export type Machine = {
  readonly arch: string;
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly kernel: string;
  readonly node: string;
  /** The one-minute load average when the run started: other work on a shared machine slows every figure. */
  readonly loadAverage: string;
  /** The commit measured, with "+ changes" when the work tree differed from it. */
  readonly build: string;
  /** How many of the pdf.js speed patches (patches/) the installed pdf.js carries. */
  readonly pdfjsPatches: number;
};

/** One record: what ran, how, when and where, and its figures as Markdown. */
export type BenchRecord = {
  /** A heading, e.g. "make bench". */
  readonly title: string;
  /** The command that made the figures, as typed (with any environment it read). */
  readonly command: string;
  readonly startedAt: Date;
  readonly minutes: number;
  readonly machine: Machine;
  /** The figures: tables and notes in Markdown. */
  readonly body: string;
};

const git = (args: readonly string[]) =>
  spawnSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8" }).stdout.trim();

/** How many stp-scan patches the installed pdf.js carries (npm ci applies patches/ with patch-package). */
function pdfjsPatches(): number {
  return ["pdf.worker.mjs", "pdf.mjs"]
    .map((f) =>
      readFileSync(
        join(PROJECT_ROOT, "node_modules/pdfjs-dist/legacy/build", f),
        "utf8",
      ),
    )
    .reduce(
      (n, text) => n + text.split("stp-scan patch (patches/").length - 1,
      0,
    );
}

/** This machine and build, now. */
export function thisMachine(): Machine {
  const changed = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    arch: process.arch,
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: (os.loadavg()[0] ?? 0).toFixed(1),
    build: `${git(["rev-parse", "--short", "HEAD"]) || "unknown commit"}${changed === "" ? "" : " + changes"}`,
    pdfjsPatches: pdfjsPatches(),
  };
}

/** "2026-12-07" and "12:46", in UTC: the records' dates and times. */
const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const utcTime = (at: Date) => at.toISOString().slice(11, 16);

/** The record as Markdown: a heading with its date, then when, command, machine and build, then the figures. */
export function renderRecord(record: BenchRecord): string {
  const m = record.machine;
  return [
    `# ${record.title}, ${utcDay(record.startedAt)} ${utcTime(record.startedAt)} UTC`,
    "",
    `- when: ${utcDay(record.startedAt)} ${utcTime(record.startedAt)} UTC, for ${record.minutes.toFixed(0)} min`,
    `- command: \`${record.command}\``,
    `- machine: ${m.arch}, ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, ${m.kernel}, Node ${m.node}; load average ${m.loadAverage} at the start`,
    `- build: ${m.build}; pdf.js speed patches applied: ${m.pdfjsPatches}`,
    "",
    record.body.trim(),
    "",
  ].join("\n");
}

/**
 * Writes the record as tests/bench/runs/<date>/<time>-<name>.md (a new file, never over another) in Prettier's
 * layout, so `make test`'s format check passes once it is committed; gives its path.
 */
export async function writeRecord(
  record: BenchRecord,
  name: string,
  runsDir = RUNS_DIR,
): Promise<string> {
  const folder = join(runsDir, utcDay(record.startedAt));
  mkdirSync(folder, { recursive: true });
  const stem = `${utcTime(record.startedAt).replace(":", "")}-${name}`;
  let path = join(folder, `${stem}.md`);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${stem}-${n}.md`);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(
    path,
    await format(renderRecord(record), { ...options, parser: "markdown" }),
  );
  return path;
}
