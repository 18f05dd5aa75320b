import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus, type FixtureDoc } from "../fixtures/corpus-builder.js";
import { makePdf, textPage, imagePage } from "../fixtures/pdf-writer.js";
import { PROJECT_ROOT } from "../helpers.js";
import { seededRandom } from "../../pipeline/stats/index.js";

/** Mulberry32, seeded, so a failing run can be repeated with the same kill times. */
export { seededRandom };

const SENTENCES = [
  "We will add social value through every contract we let.",
  "The Public Services (Social Value) Act applies to our services.",
  "A social enterprise runs the community transport scheme.",
  "Partners agree a community benefit clause in tenders.",
  "Health inequalities fall when we buy locally.",
  "Social care and value for money are not the same thing.",
  "Estates, workforce and digital plans follow in the appendix.",
];

/**
 * A corpus of ~30 small multi-page PDFs over 10 plans (one an exact copy, one with an image-only page), with
 * mentions spread over pages so that a scan cut short leaves some documents stored and some not.
 */
export function writeRobustnessCorpus(seed = 8): string {
  const random = seededRandom(seed);
  const docs: FixtureDoc[] = [];
  for (let plan = 1; plan <= 10; plan++) {
    for (let d = 1; d <= 3; d++) {
      const pages = [];
      const count = 2 + Math.floor(random() * 5);
      for (let p = 0; p < count; p++) {
        const lines = [`Plan ${plan} document ${d} page ${p + 1}.`];
        for (let l = 0; l < 4; l++)
          lines.push(
            SENTENCES[Math.floor(random() * SENTENCES.length)] as string,
          );
        pages.push(textPage(...lines));
      }
      if (plan === 4 && d === 2) pages.push(imagePage());
      docs.push({
        plan: `p${String(plan).padStart(2, "0")}`,
        path: `plans/p${String(plan).padStart(2, "0")}/doc-${d}.pdf`,
        bytes: makePdf(pages),
      });
    }
  }
  docs.push({
    plan: "p10",
    path: "plans/p10/copy-of-doc-1.pdf",
    bytes: (docs[27] as FixtureDoc).bytes,
  });
  return writeCorpus(docs);
}

/** Starts the built CLI without waiting for it; stdout and stderr are collected. */
export function startCli(args: readonly string[]): {
  child: ChildProcess;
  done: Promise<{
    status: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>;
} {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, "dist/pipeline/cli/main.js"), ...args],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (b: Buffer) => (stdout += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<{
    status: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolveDone) =>
    child.on("close", (status, signal) =>
      resolveDone({ status, signal, stdout, stderr }),
    ),
  );
  return { child, done };
}

/** What the exports hold (mentions and documents), to compare a database with a clean scan's. */
export const exportOf = (db: string) => ({
  mentions: JSON.parse(
    runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
  ) as unknown,
  documents: JSON.parse(
    runCli(["export", "documents", "--db", db, "--format", "json"]).stdout,
  ) as unknown,
});

/** Mentions per document, read straight from the database (documents still in the corpus). */
export function mentionCounts(dbFile: string): Map<string, number> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.document, count(m.mention_id) AS n FROM documents d LEFT JOIN mentions m ON m.document = d.document
         WHERE d.removed = 0 GROUP BY d.document`,
      )
      .all() as { document: string; n: number }[];
    return new Map(rows.map((r) => [r.document, r.n]));
  } finally {
    db.close();
  }
}

export const sleep = (ms: number) =>
  new Promise<void>((r) => setTimeout(r, ms));
