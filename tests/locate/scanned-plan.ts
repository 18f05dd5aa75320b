import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, type PageSpec } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

/** A corpus of one plan with one PDF of these pages (plans/alder-vale/plan.pdf), scanned into a new database. */
export function scannedPlan(pages: readonly PageSpec[]): {
  root: string;
  db: string;
} {
  const root = writeCorpus([
    {
      plan: "alder-vale",
      path: "plans/alder-vale/plan.pdf",
      bytes: makePdf(pages),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", root, "--db", db, "--quiet"]).status).toBe(
    0,
  );
  return { root, db };
}
