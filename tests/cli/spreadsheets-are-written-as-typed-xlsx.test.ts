import { join } from "node:path";
import { tempDir } from "../helpers.js";
import { scannedLigatureCorpus } from "./ligature-corpus.js";
import { readXlsx, rowsByHeader } from "./read-xlsx.js";
import { runCli } from "./run-cli.js";

describe("--format xlsx writes a workbook a spreadsheet opens typed, with no import settings", () => {
  const { db } = scannedLigatureCorpus();
  const folder = tempDir();
  const written = (name: string, ...args: string[]) => {
    const out = join(folder, name);
    const r = runCli([...args, "--db", db, "--format", "xlsx", "--out", out]);
    return { ...r, out };
  };

  it("export mentions: one sheet named after the table, header bold and frozen, numbers and booleans typed", async () => {
    const r = written("mentions.xlsx", "export", "mentions");
    expect([r.status, r.stderr]).toEqual([0, `wrote ${r.out}\n`]);
    const sheets = await readXlsx(r.out);
    expect(sheets.map((s) => [s.name, s.headerFrozen])).toEqual([
      ["mentions", true],
    ]);
    const [sheet] = sheets;
    const header = Object.values(sheet?.rows[0] ?? {}).map((c) => c.value);
    expect(header.slice(0, 4)).toEqual([
      "mention_id",
      "plan_id",
      "document",
      "page",
    ]);
    expect(header.slice(-3)).toEqual([
      "left_context_raw",
      "surface_raw",
      "right_context_raw",
    ]);
    const rows = rowsByHeader(sheet as NonNullable<typeof sheet>);
    expect(rows).toHaveLength(2);
    const ash = rows.find((row) => row.plan_id?.value === "ash");
    expect(ash?.page).toEqual({ type: "n", value: 1 });
    expect(ash?.headline).toEqual({ type: "b", value: true });
    expect(ash?.left_context).toEqual({
      type: "s",
      value: "Every benefit we buy is weighed for its",
    });
    expect(ash?.surface_raw).toEqual({ type: "s", value: "so-\ncial value" });
    // An empty cell is left empty, not written as the text "null".
    expect(ash?.confidence).toBeUndefined();
  });

  it("export documents and plans: lists of pages and the statistic's columns keep their types", async () => {
    const docs = written("documents.xlsx", "export", "documents");
    expect(docs.status).toBe(0);
    const [documents] = await readXlsx(docs.out);
    expect(documents?.name).toBe("documents");
    const doc = rowsByHeader(documents as NonNullable<typeof documents>)[0];
    expect([doc?.pages, doc?.in_manifest]).toEqual([
      { type: "n", value: 1 },
      { type: "b", value: true },
    ]);
    const plans = written("plans.xlsx", "export", "plans");
    const [sheet] = await readXlsx(plans.out);
    const row = rowsByHeader(sheet as NonNullable<typeof sheet>)[0];
    expect([
      row?.plan_id,
      row?.headline_mentions,
      row?.mentions_social_value,
    ]).toEqual([
      { type: "s", value: "ash" },
      { type: "n", value: 1 },
      { type: "b", value: true },
    ]);
  });

  it("mentions, audit export and the explore commands write xlsx too", async () => {
    const kwic = written("kwic.xlsx", "mentions", "--context", "3");
    expect(kwic.status).toBe(0);
    const [mentions] = await readXlsx(kwic.out);
    expect(mentions?.name).toBe("mentions");
    expect(
      rowsByHeader(mentions as NonNullable<typeof mentions>).map((r) => [
        r.surface?.value,
        r.right_context?.value,
      ]),
    ).toEqual([
      ["social value", "to the community"],
      ["Social Value Act", "."],
    ]);
    const sheet = written("audit.xlsx", "audit", "export");
    expect(sheet.status).toBe(0);
    const [audit] = await readXlsx(sheet.out);
    expect(audit?.name).toBe("audit");
    expect(
      rowsByHeader(audit as NonNullable<typeof audit>).map((r) => r.verdict),
    ).toEqual([undefined, undefined]);
    const found = written("search.xlsx", "search", "benefit");
    expect(found.status).toBe(0);
    const [search] = await readXlsx(found.out);
    const place = rowsByHeader(search as NonNullable<typeof search>)[0];
    expect([search?.name, place?.page]).toEqual([
      "search",
      { type: "n", value: 1 },
    ]);
    const words = written("words.xlsx", "words");
    expect(words.status).toBe(0);
    const [list] = await readXlsx(words.out);
    expect(
      rowsByHeader(list as NonNullable<typeof list>).find(
        (r) => r.word?.value === "benefit",
      )?.count,
    ).toEqual({ type: "n", value: 1 });
  });

  it("an xlsx needs a file to go to: without --out, one line and exit 2, nothing on stdout", () => {
    const r = runCli(["export", "plans", "--db", db, "--format", "xlsx"]);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      "stp-scan: --format xlsx writes a workbook: give the file with --out FILE.xlsx\n",
    );
  });
});
