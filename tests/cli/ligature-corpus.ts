import { join } from "node:path";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

/**
 * Two plans scanned into a fresh database: `ash` has one mention whose page reads as pdf.js gives it, with an ﬁ
 * ligature and line-end hyphens in the words around it and in it; `oak` has one plain mention.
 */
export function scannedLigatureCorpus(): { root: string; db: string } {
  const root = writeCorpus([
    {
      plan: "ash",
      path: "plans/ash/plan.pdf",
      bytes: makePdf([
        textPage(
          "Every bene\uFB01t we buy is",
          "weighed for its so-",
          "cial value to the com-",
          "munity it serves.",
        ),
      ]),
    },
    {
      plan: "oak",
      path: "plans/oak/plan.pdf",
      bytes: makePdf([textPage("We apply the Social Value Act.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  const scan = runCli(["scan", "--corpus", root, "--db", db, "--quiet"]);
  if (scan.status !== 0) throw new Error(`scan failed: ${scan.stderr}`);
  return { root, db };
}
