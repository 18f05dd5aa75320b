import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { tempDir } from "../helpers.js";
import { scannedLigatureCorpus } from "./ligature-corpus.js";
import { runCli } from "./run-cli.js";

const csvRows = (text: string) =>
  parse<Record<string, string>>(text, { bom: true, columns: true });

const RAW_COLUMNS = ["left_context_raw", "surface_raw", "right_context_raw"];

describe("exported passages read as normalised text, with the text as extracted in *_raw columns", () => {
  const { db } = scannedLigatureCorpus();

  it("export mentions: ligatures expanded, line-end hyphens joined; the raw text after every other column", () => {
    const csv = runCli(["export", "mentions", "--db", db]).stdout;
    const header = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      ?.split(",");
    expect(header?.slice(-4)).toEqual(["counted", ...RAW_COLUMNS]);
    const ash = csvRows(csv).find((r) => r.plan_id === "ash");
    expect(ash).toMatchObject({
      left_context: "Every benefit we buy is weighed for its",
      surface: "social value",
      right_context: "to the community it serves.",
      left_context_raw: "Every bene\uFB01t we buy is weighed for its",
      surface_raw: "so-\ncial value",
      right_context_raw: "to the com- munity it serves.",
    });
    const json = JSON.parse(
      runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
    ) as Record<string, unknown>[];
    expect(json.find((r) => r.plan_id === "ash")).toMatchObject({
      surface: "social value",
      surface_raw: "so-\ncial value",
    });
  });

  it("audit export: the same text, the raw columns after location, source and confidence (then the reason and whose sheet it is)", () => {
    const out = join(tempDir(), "sheet.csv");
    expect(runCli(["audit", "export", "--db", db, "--out", out]).status).toBe(
      0,
    );
    const text = readFileSync(out, "utf8");
    const header = text
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      ?.split(",");
    expect(header?.slice(-9)).toEqual([
      "location",
      "source",
      "confidence",
      ...RAW_COLUMNS,
      "code",
      "exported_for",
      "blind",
    ]);
    expect(csvRows(text).find((r) => r.plan_id === "ash")).toMatchObject({
      left_context: "Every benefit we buy is weighed for its",
      surface: "social value",
      right_context_raw: "to the com- munity it serves.",
    });
  });

  it("mentions --format csv and json name the passage as export mentions does", () => {
    const csv = runCli([
      "mentions",
      "--db",
      db,
      "--format",
      "csv",
      "--context",
      "3",
    ]).stdout;
    const header = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      ?.split(",");
    expect(header).toEqual([
      "mention_id",
      "plan_id",
      "document",
      "page",
      "left_context",
      "surface",
      "right_context",
      "term_id",
      "concept",
      "verdict",
      "location",
      ...RAW_COLUMNS,
    ]);
    expect(csvRows(csv).find((r) => r.plan_id === "ash")).toMatchObject({
      left_context: "weighed for its",
      surface: "social value",
      right_context: "to the community",
      left_context_raw: "weighed for its",
      surface_raw: "so-\ncial value",
      right_context_raw: "to the com-",
    });
    const json = JSON.parse(
      runCli(["mentions", "--db", db, "--format", "json"]).stdout,
    ) as Record<string, unknown>[];
    expect(Object.keys(json[0] ?? {})).toEqual(header);
  });
});

describe("export plans --audited leaves rejected mentions out, as stats --audited counts", () => {
  const { db } = scannedLigatureCorpus();
  const mentions = JSON.parse(
    runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
  ) as { mention_id: string; plan_id: string }[];
  const oak = mentions.find((m) => m.plan_id === "oak")?.mention_id ?? "";
  const reject = runCli([
    "audit",
    "reject",
    oak,
    "--db",
    db,
    "--auditor",
    "ann",
  ]);
  const plans = (...args: string[]) =>
    JSON.parse(
      runCli(["export", "plans", "--db", db, "--format", "json", ...args])
        .stdout,
    ) as Record<string, unknown>[];

  it("counts each plan's mentions without the rejected one, and its yes/no follows", () => {
    expect(reject.status).toBe(0);
    const row = (p: Record<string, unknown>) => [
      p.plan_id,
      p.headline_mentions,
      p.mentions_social_value,
    ];
    expect(plans().map(row)).toEqual([
      ["ash", 1, true],
      ["oak", 1, true],
    ]);
    expect(plans("--audited").map(row)).toEqual([
      ["ash", 1, true],
      ["oak", 0, false],
    ]);
  });

  it("agrees with stats --audited", () => {
    const stats = JSON.parse(
      runCli(["stats", "--db", db, "--audited", "--json"]).stdout,
    ) as { plans: { plan: string; mentions: boolean | null }[] };
    expect(
      plans("--audited").map((p) => [p.plan_id, p.mentions_social_value]),
    ).toEqual(stats.plans.map((p) => [p.plan, p.mentions]));
  });
});
