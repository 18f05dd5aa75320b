import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { readXlsx } from "../cli/read-xlsx.js";
import { tempDir } from "../helpers.js";
import { servedDemo } from "./workbench.js";

/** Each table with its route's query and the command line of the same options. */
const TABLES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    "collocates",
    "q=social%20value&window=3&by=mi&min_count=1",
    [
      "collocates",
      "social value",
      "--window",
      "3",
      "--by",
      "mi",
      "--min-count",
      "1",
    ],
  ],
  [
    "words",
    "plan=alder-vale&stems=1&min_length=4&top=20",
    [
      "words",
      "--plan",
      "alder-vale",
      "--stems",
      "--min-length",
      "4",
      "--top",
      "20",
    ],
  ],
  [
    "clusters",
    "q=valu*&size=2-3&min_count=1",
    ["clusters", "valu*", "--size", "2-3", "--min-count", "1"],
  ],
];

describe("collocates, words and clusters download as CSV and XLSX as their commands write them", () => {
  const demo = servedDemo();

  it.each(TABLES)(
    "GET /api/%s?…&format=csv is the CSV of the command, saved under the table's name",
    async (table, query, args) => {
      const api = await demo.served().get(`/api/${table}?${query}&format=csv`);
      const cli = runCli([...args, "--db", demo.db(), "--format", "csv"]);
      expect(cli.status).toBe(0);
      expect(cli.stdout.trim().split("\n").length).toBeGreaterThan(1);
      expect([
        api.status,
        api.headers.get("content-type"),
        api.headers.get("content-disposition"),
        Buffer.from(api.body, "latin1").toString("utf8"),
      ]).toEqual([
        200,
        "text/csv; charset=utf-8",
        `attachment; filename="${table}.csv"`,
        cli.stdout,
      ]);
    },
  );

  it.each(TABLES)(
    "GET /api/%s?…&format=xlsx reads back as the workbook the command writes with --out",
    async (table, query, args) => {
      const out = tempDir();
      const api = await demo.served().get(`/api/${table}?${query}&format=xlsx`);
      expect(api.status).toBe(200);
      expect(api.headers.get("content-disposition")).toBe(
        `attachment; filename="${table}.xlsx"`,
      );
      writeFileSync(join(out, "api.xlsx"), Buffer.from(api.body, "latin1"));
      const written = join(out, "cli.xlsx");
      const cli = runCli([
        ...args,
        "--db",
        demo.db(),
        "--format",
        "xlsx",
        "--out",
        written,
      ]);
      expect(cli.status).toBe(0);
      const sheets = await readXlsx(join(out, "api.xlsx"));
      expect(sheets.map((s) => s.name)).toEqual([table]);
      expect(sheets[0]?.rows.length).toBeGreaterThan(1);
      expect(sheets).toEqual(await readXlsx(written));
    },
  );

  it("a format the commands do not write is refused with one message", async () => {
    const api = await demo.served().get("/api/words?format=table");
    expect([api.status, JSON.parse(api.body)]).toEqual([
      400,
      { error: 'format: one of json, csv, xlsx (not "table")' },
    ]);
  });
});
