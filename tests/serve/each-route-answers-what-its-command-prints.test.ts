import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { readXlsx } from "../cli/read-xlsx.js";
import { tempDir } from "../helpers.js";
import { cliJson, servedDemo, serveWorkbench } from "./workbench.js";

type Json = Record<string, unknown>;
type CliSearch = {
  matches: number;
  plansWithMatches: number;
  perPlan: { plan: string; matches: number }[];
  places: Json[];
};
type ApiSearch = {
  total: number;
  plans_with_hit: number;
  per_plan: { plan: string; hits: number }[];
  places: Json[];
};

/** A row without the fields the API adds to the CLI's. */
const without = (row: Json, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !fields.includes(k)));

describe("each route of the workbench's API answers what its command prints for the same options", () => {
  const demo = servedDemo();

  it.each([
    ["", [], []],
    ["audited=1", ["--audited"], ["--audited"]],
    ["count_in=body,heading", ["--count-in", "body,heading"], []],
    [
      "threshold=2&audited=1&count_in=body",
      ["--threshold", "2", "--audited", "--count-in", "body"],
      ["--threshold", "2", "--audited"],
    ],
  ])(
    "GET /api/statistic?%s is stats --json, with the counting rules of stats --sensitivity beside it",
    async (query, options, sensitivityOptions) => {
      const api = await demo.served().json<Json>(`/api/statistic?${query}`);
      const cli = cliJson<Json>([
        "stats",
        "--db",
        demo.db(),
        "--json",
        ...options,
      ]);
      const rules = cliJson<{ rules: unknown[] }>([
        "stats",
        "--db",
        demo.db(),
        "--json",
        "--sensitivity",
        ...sensitivityOptions,
      ]).rules;
      expect(rules.length).toBeGreaterThan(0);
      expect(api["sensitivity"]).toEqual(rules);
      // What stats --json carries is answered as it is; ocr and verdicts are added only where it has none.
      const added = [
        "sensitivity",
        ...["ocr", "verdicts"].filter((k) => !(k in cli)),
      ];
      expect(without(api, added)).toEqual(cli);
      expect(Object.keys(api["verdicts"] as Json).sort()).toEqual([
        "accepted",
        "disputed",
        "pending",
        "rejected",
      ]);
      expect((api["verdicts"] as Json)["rejected"]).toBe(1);
      expect(api["ocr"]).toMatchObject({ engine: null });
    },
  );

  it.each([[""], ["audited=1"]])(
    "GET /api/plans?%s holds the rows of export plans --format json, each with its quality",
    async (query) => {
      const api = await demo
        .served()
        .json<{ plans: Json[] }>(`/api/plans?${query}`);
      const cli = cliJson<Json[]>([
        "export",
        "plans",
        "--db",
        demo.db(),
        "--format",
        "json",
        ...(query === "" ? [] : ["--audited"]),
      ]);
      expect(cli.length).toBe(6);
      const added = [
        "quality_flags",
        "flagged_pages",
        "ocr_pages",
        "documents_with_warnings",
      ];
      expect(api.plans.map((p) => without(p, added))).toEqual(cli);
      // Each plan's flagged pages and their flags are corpus quality's, summed by plan.
      const quality = cliJson<
        { plan: string; flagged: { flags: string[] }[] }[]
      >(["corpus", "quality", "--db", demo.db(), "--json"]);
      expect(quality.length).toBeGreaterThan(0);
      for (const plan of api.plans) {
        const flagged = quality
          .filter((d) => d.plan === plan["plan_id"])
          .flatMap((d) => d.flagged);
        expect([plan["flagged_pages"], plan["quality_flags"]]).toEqual([
          flagged.length,
          [...new Set(flagged.flatMap((p) => p.flags))].sort(),
        ]);
      }
    },
  );

  it("GET /api/plans/<id> holds the plan's rows of export plans, export documents and export mentions", async () => {
    const api = await demo.served().json<{
      plan: Json;
      documents: Json[];
      mentions: Json[];
    }>("/api/plans/alder-vale");
    const ofPlan = (rows: Json[]) =>
      rows.filter((r) => r["plan_id"] === "alder-vale");
    const documents = ofPlan(
      cliJson<Json[]>([
        "export",
        "documents",
        "--db",
        demo.db(),
        "--format",
        "json",
      ]),
    );
    const mentions = ofPlan(
      cliJson<Json[]>([
        "export",
        "mentions",
        "--db",
        demo.db(),
        "--format",
        "json",
      ]),
    );
    expect([documents.length, mentions.length]).toEqual([2, 4]);
    expect(api.documents.map((d) => without(d, ["page_classes"]))).toEqual(
      documents,
    );
    expect(api.documents.map((d) => d["page_classes"])).toEqual([
      ["text", "text", "text"],
      ["text"],
    ]);
    expect(api.mentions).toEqual(mentions);
    expect(api.plan["plan_id"]).toBe("alder-vale");
  });

  it.each([
    ["q=social%20valu*&mode=glob", ["social valu*"]],
    ["q=social%20value", ["social value"]],
    ["q=value&mode=exact", ["value", "--exact"]],
    ["q=soc%5Cw%2B%20val&mode=regex", ["soc\\w+ val", "--regex"]],
    ["q=social%20valu*&sort=right", ["social valu*", "--sort", "right"]],
    ["q=social%20valu*&sort=left", ["social valu*", "--sort", "left"]],
    [
      "q=value&plan=alder-vale&concept=social-value",
      ["value", "--plan", "alder-vale", "--concept", "social-value"],
    ],
    ["q=value&location=body", ["value", "--location", "body"]],
  ])(
    "GET /api/search?%s gives the totals, counts per plan and places of search --format json",
    async (query, options) => {
      const api = await demo
        .served()
        .json<ApiSearch>(`/api/search?${query}&limit=3&offset=1`);
      const cli = cliJson<CliSearch>([
        "search",
        ...options,
        "--db",
        demo.db(),
        "--format",
        "json",
      ]);
      expect(cli.matches).toBeGreaterThan(1);
      expect([api.total, api.plans_with_hit]).toEqual([
        cli.matches,
        cli.plansWithMatches,
      ]);
      expect(api.per_plan).toEqual(
        cli.perPlan.map((c) => ({ plan: c.plan, hits: c.matches })),
      );
      expect(api.places.map((p) => without(p, ["source", "region"]))).toEqual(
        cli.places.slice(1, 4),
      );
    },
  );

  it.each([
    [
      "/api/collocates?q=social%20value&min_count=1&top=5",
      ["collocates", "social value", "--min-count", "1", "--top", "5"],
    ],
    [
      "/api/collocates?q=value&mode=exact&window=3&by=mi&stopwords=1&min_count=1",
      [
        "collocates",
        "value",
        "--exact",
        "--window",
        "3",
        "--by",
        "mi",
        "--stopwords",
        "--min-count",
        "1",
      ],
    ],
    ["/api/words?top=10", ["words", "--top", "10"]],
    [
      "/api/words?plan=alder-vale&stems=1&min_length=4&top=0",
      [
        "words",
        "--plan",
        "alder-vale",
        "--stems",
        "--min-length",
        "4",
        "--top",
        "0",
      ],
    ],
    [
      "/api/clusters?q=social%20value&size=2-3&top=5",
      ["clusters", "social value", "--size", "2-3", "--top", "5"],
    ],
    [
      "/api/clusters?q=valu*&plan=dunmoor&min_count=1&size=3",
      [
        "clusters",
        "valu*",
        "--plan",
        "dunmoor",
        "--min-count",
        "1",
        "--size",
        "3",
      ],
    ],
  ])("GET %s is the very JSON its command prints", async (path, args) => {
    const api = await demo.served().get(path);
    const cli = runCli([...args, "--db", demo.db(), "--format", "json"]);
    expect(cli.status).toBe(0);
    expect(
      (JSON.parse(cli.stdout) as { rows: unknown[] }).rows.length,
    ).toBeGreaterThan(0);
    expect([
      api.status,
      Buffer.from(api.body, "latin1").toString("utf8"),
    ]).toEqual([200, cli.stdout]);
  });

  it("the export tables, the search download and the bundle are the bytes their commands write", async () => {
    const out = tempDir();
    for (const table of ["plans", "documents", "mentions"]) {
      const csv = await demo.served().get(`/api/export/${table}?format=csv`);
      expect(csv.headers.get("content-disposition")).toBe(
        `attachment; filename="${table}.csv"`,
      );
      expect(Buffer.from(csv.body, "latin1").toString("utf8")).toBe(
        runCli(["export", table, "--db", demo.db()]).stdout,
      );
      const xlsx = await demo.served().get(`/api/export/${table}?format=xlsx`);
      writeFileSync(
        join(out, `${table}-api.xlsx`),
        Buffer.from(xlsx.body, "latin1"),
      );
      const written = join(out, `${table}-cli.xlsx`);
      expect(
        runCli([
          "export",
          table,
          "--db",
          demo.db(),
          "--format",
          "xlsx",
          "--out",
          written,
        ]).status,
      ).toBe(0);
      const sheets = await readXlsx(join(out, `${table}-api.xlsx`));
      expect(sheets[0]?.rows.length).toBeGreaterThan(1);
      expect(sheets).toEqual(await readXlsx(written));
    }
    const search = await demo
      .served()
      .get("/api/search/export?q=social%20valu*&format=csv&sort=right");
    expect(Buffer.from(search.body, "latin1").toString("utf8")).toBe(
      runCli([
        "search",
        "social valu*",
        "--sort",
        "right",
        "--db",
        demo.db(),
        "--format",
        "csv",
      ]).stdout,
    );
    const zip = join(out, "bundle.zip");
    expect(
      runCli(["bundle", "--db", demo.db(), "--out", zip, "--audited"]).status,
    ).toBe(0);
    const bundle = await demo.served().get("/api/bundle?audited=1");
    expect(bundle.headers.get("content-type")).toBe("application/zip");
    expect(Buffer.from(bundle.body, "latin1").equals(readFileSync(zip))).toBe(
      true,
    );
  });

  it("POST /api/report writes the report into the output folder and GET /report/<name> serves it, sandboxed", async () => {
    const outputDir = tempDir();
    const own = await serveWorkbench(demo.db(), { outputDir });
    try {
      const written = await own.post(
        "/api/report",
        JSON.stringify({ audited: true }),
      );
      expect([written.status, written.body]).toEqual([
        200,
        '{"url":"/report/report-audited.html"}',
      ]);
      const html = readFileSync(join(outputDir, "report-audited.html"), "utf8");
      const audited = cliJson<{ numerator: number; denominator: number }>([
        "stats",
        "--db",
        demo.db(),
        "--json",
        "--audited",
      ]);
      expect(audited.numerator).toBeGreaterThan(0);
      expect(html).toContain(
        `${audited.numerator} of ${audited.denominator} fully read plans`,
      );
      const page = await own.get("/report/report-audited.html");
      expect([
        page.status,
        Buffer.from(page.body, "latin1").toString("utf8"),
      ]).toEqual([200, html]);
      expect(page.headers.get("content-security-policy")).toMatch(
        /^sandbox allow-scripts[^;]*; default-src 'none'; script-src 'sha256-/,
      );
    } finally {
      await own.close();
    }
  });
});
