import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { bodyLines, layoutPage } from "../fixtures/layout-pdf.js";
import { runCli } from "../cli/run-cli.js";
import { UNDO_SCHEMA_14 } from "../store/older-schema.js";
import { scannedPlan } from "./scanned-plan.js";

// Issue 17: a database written before mentions had a location (schema 6) gets them the first time a command reads
// them, from the stored page text and boxes alone: the corpus folder is gone by then, so no PDF can be read.
it("a database from before schema 7 gets every mention's location with its PDFs gone", () => {
  const sentences = [
    "Trusts will report the social value of each scheme.",
    "Commissioners weigh social value in every contract.",
    "The board asks what social value the estates plan adds.",
  ];
  const pages = sentences.map((sentence, i) =>
    layoutPage([
      { text: `Social value plan, page ${i + 1}`, x: 72, y: 40, size: 9 },
      { text: "Our approach", x: 72, y: 720, size: 16 },
      ...bodyLines([sentence]),
    ]),
  );
  const { root, db } = scannedPlan(pages);
  const old = new Database(db);
  old.exec(UNDO_SCHEMA_14);
  old.exec(
    "DROP TABLE page_declarations; ALTER TABLE mentions DROP COLUMN location; ALTER TABLE mentions DROP COLUMN location_version; ALTER TABLE pages DROP COLUMN stem_pairs; PRAGMA user_version = 6",
  );
  old.close();
  rmSync(root, { recursive: true });

  const out = runCli(["export", "mentions", "--db", db, "--format", "csv"]);
  expect(out.status).toBe(0);
  const rows = parse<Record<string, string>>(out.stdout, {
    bom: true,
    columns: true,
  });
  expect(rows.map((r) => `p${r.page} ${r.location}`)).toEqual([
    "p1 running",
    "p1 body",
    "p2 running",
    "p2 body",
    "p3 running",
    "p3 body",
  ]);
});
