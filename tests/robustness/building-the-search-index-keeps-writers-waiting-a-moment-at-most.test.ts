import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { CLI_BUNDLE, tempDir } from "../helpers.js";
import { writeSyntheticDatabase } from "./synthetic-database.js";

const WORDS = [
  "care",
  "health",
  "social",
  "value",
  "community",
  "services",
  "plan",
  "people",
  "local",
  "integrated",
  "system",
  "patients",
  "support",
  "primary",
  "hospital",
  "mental",
  "workforce",
  "digital",
  "estates",
  "finance",
];

/** A page of 400 words of the list above, some with a number glued on, so the index has many distinct words. */
const pageText = (pageIndex: number) =>
  Array.from({ length: 400 }, (_, k) => {
    const n = (pageIndex * 7919 + k * 104729) % 9973;
    return `${WORDS[n % WORDS.length]}${n % 3 === 0 ? String(n % 700) : ""}`;
  }).join(" ");

describe("building the search index keeps another writer waiting a moment at most", () => {
  const file = join(tempDir(), "many-pages.sqlite");
  beforeAll(() =>
    writeSyntheticDatabase(file, {
      plans: 30,
      documentsPerPlan: 4,
      pagesPerDocument: 50,
      pageText,
    }),
  );

  it("a writer beside the first search of 6,000 pages never waits a second and is never refused", async () => {
    const search = spawn(
      process.execPath,
      [CLI_BUNDLE, "search", "care", "--db", file, "--per-plan"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    // The exit event, not the process's disappearance: a killed process may not be reaped at once.
    const exited = once(search, "exit");
    let stderr = "";
    let stdout = "";
    search.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const indexing = new Promise<void>((ok) =>
      search.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("indexing")) ok();
      }),
    );
    await Promise.race([indexing, exited]);
    expect(stderr).toMatch(/^indexing 6000 stored pages/);
    const writer = new Database(file);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare(
      `INSERT INTO plans (plan_id, name, region) VALUES (?, 'written meanwhile', 'r')`,
    );
    let finished = false;
    void exited.then(() => (finished = true));
    const waitsMs: number[] = [];
    const refused: string[] = [];
    while (!finished) {
      const before = performance.now();
      try {
        insert.run(`w${waitsMs.length}`);
      } catch (error) {
        refused.push(String((error as { code?: unknown }).code));
      }
      waitsMs.push(performance.now() - before);
      await new Promise((ok) => setTimeout(ok, 10));
    }
    writer.close();
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stdout).toMatch(/matches in 30 of 30 plans/);
    expect(refused).toEqual([]);
    expect(waitsMs.length).toBeGreaterThan(5);
    expect(Math.max(...waitsMs)).toBeLessThan(1000);
  }, 60_000);
});
