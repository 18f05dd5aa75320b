import { readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { format } from "prettier";
import { type BenchRecord, thisMachine, writeRecord } from "./bench-record.js";
import { tempDir } from "../helpers.js";

const record = (body: string): BenchRecord => ({
  title: "make bench",
  command: "BENCH_PAIRS=1 make bench",
  startedAt: new Date("2026-12-07T12:46:30Z"),
  minutes: 7.4,
  machine: { ...thisMachine(), loadAverage: "1.6" },
  body,
});

const TABLE = "| corpus | cold scan |\n|---|---|\n| stp-corpus | 3.85 s |";

describe("a bench record says when, how and where its figures were measured", () => {
  it("is written to runs/<date>/<time>-<name>.md with its date, command, machine and build above the figures", async () => {
    const runs = tempDir("stp-bench-runs-");
    const path = await writeRecord(record(TABLE), "make-bench", runs);
    expect([basename(dirname(path)), basename(path)]).toEqual([
      "2026-12-07",
      "1246-make-bench.md",
    ]);
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    expect(lines[0]).toBe("# make bench, 2026-12-07 12:46 UTC");
    expect(lines).toContain("- when: 2026-12-07 12:46 UTC, for 7 min");
    expect(lines).toContain("- command: `BENCH_PAIRS=1 make bench`");
    expect(text).toMatch(
      new RegExp(
        `^- machine: ${process.arch}, \\d+ cores \\(.+\\), \\d+ GB, .+, Node ${process.version}; load average 1\\.6 at the start$`,
        "m",
      ),
    );
    expect(text).toMatch(
      /^- build: (\w+|unknown commit)( \+ changes)?; pdf\.js speed patches applied: \d+$/m,
    );
    expect(text).toContain("| stp-corpus | 3.85 s    |");
  });

  it("is laid out as Prettier lays out Markdown, so make test's format check passes once it is committed", async () => {
    const path = await writeRecord(
      record(TABLE),
      "make-bench",
      tempDir("stp-bench-runs-"),
    );
    const text = readFileSync(path, "utf8");
    expect(await format(text, { parser: "markdown" })).toBe(text);
  });

  it("never writes over another record of the same minute", async () => {
    const runs = tempDir("stp-bench-runs-");
    const first = await writeRecord(record("first"), "make-bench", runs);
    const second = await writeRecord(record("second"), "make-bench", runs);
    expect(basename(second)).toBe("1246-make-bench-2.md");
    expect(readFileSync(first, "utf8")).toContain("first");
    expect(readFileSync(second, "utf8")).toContain("second");
  });
});
