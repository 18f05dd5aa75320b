import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { CLI_BUNDLE } from "../helpers.js";
import { runCli } from "./run-cli.js";

const DOCUMENTS = 300;

/** Documents stored so far (0 while the database is not there yet or is being created). */
function storedDocuments(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const read = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return read
        .prepare("SELECT count(*) FROM documents")
        .pluck()
        .get() as number;
    } finally {
      read.close();
    }
  } catch {
    return 0;
  }
}

describe("Ctrl-C during a scan stops it, keeps what it stored and lets go of the lock", () => {
  it("says what was stored and how to finish, exits 130, leaves no lock, and the same scan finishes", async () => {
    const corpus = writeCorpus(
      Array.from({ length: DOCUMENTS }, (_, i) => ({
        plan: `plan-${i}`,
        path: `plans/plan-${i}/plan-${i}.pdf`,
        bytes: makePdf(
          Array.from({ length: 6 }, (_, p) =>
            textPage(
              `Plan ${i} page ${p + 1} will add social value to contract ${i * 7 + p}.`,
            ),
          ),
        ),
      })),
    );
    const db = join(corpus, "s.sqlite");
    const args = [
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--ocr",
      "off",
      "--jobs",
      "1",
    ];
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    // The exit event, not the kill: a killed process may not be reaped at once.
    const exited = new Promise<number | null>((resolve) =>
      child.on("close", (code) => resolve(code)),
    );
    // Progress shows only on a terminal; the database shows it anywhere: wait for a stored document.
    let sawProgress = false;
    while (child.exitCode === null) {
      if (storedDocuments(db) > 0) {
        sawProgress = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(sawProgress).toBe(true);
    child.kill("SIGINT");
    const code = await exited;

    const stored = storedDocuments(db);
    expect(stderr).toMatch(
      new RegExp(
        `^stopped: ${stored} of ${DOCUMENTS} documents stored; run the same scan again to finish\\n$`,
      ),
    );
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(DOCUMENTS);
    expect(code).toBe(130);
    expect(existsSync(`${db}.scan-lock`)).toBe(false);

    const again = runCli(args);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(
      new RegExp(`^scanned ${DOCUMENTS} documents `, "m"),
    );
    expect(storedDocuments(db)).toBe(DOCUMENTS);
  }, 120_000);
});
