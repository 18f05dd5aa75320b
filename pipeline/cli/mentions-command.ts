import { basename } from "node:path";
import type { Argv } from "yargs";
import { renderCsv } from "../csv/index.js";
import { DB_FILE, WINDOW_TOKENS } from "../defaults.js";
import { loadKwic, type KwicMention } from "../audit/index.js";
import { runCommand } from "./fatal.js";
import { emit, openExisting } from "./output.js";
import { examplesOf } from "./examples.js";
import {
  inLocations,
  locationsOption,
  LOCATION_HELP,
} from "./location-option.js";

const KWIC_COLUMNS = [
  "mention_id",
  "plan_id",
  "document",
  "page",
  "left",
  "match",
  "right",
  "term_id",
  "concept",
  "verdict",
  "location",
];

/** What a concordance line needs to be sorted and shown (a mention, or a place `stp-scan search` found). */
export type KwicLine = Pick<
  KwicMention,
  | "mention_id"
  | "plan_id"
  | "document"
  | "page"
  | "left"
  | "match"
  | "right"
  | "term_id"
  | "order"
> & { readonly verdict: string; readonly location?: string | null };

/** Words nearest the match first, as a concordancer sorts: L1, L2, ... or R1, R2, ... */
type Sortable = Pick<KwicLine, "order" | "term_id" | "left" | "right">;
const leftKey = (m: Sortable) =>
  m.left.toLowerCase().split(" ").reverse().join(" ");
export const SORTS: Record<string, (a: Sortable, b: Sortable) => number> = {
  plan: (a, b) => a.order - b.order,
  term: (a, b) => a.term_id.localeCompare(b.term_id) || a.order - b.order,
  left: (a, b) => leftKey(a).localeCompare(leftKey(b)) || a.order - b.order,
  right: (a, b) =>
    a.right.toLowerCase().localeCompare(b.right.toLowerCase()) ||
    a.order - b.order,
};

/** Keyword-in-context lines with the match in its own aligned column. */
export function renderKwicTable(
  rows: readonly KwicLine[],
  width: number,
): string {
  const side = Math.max(20, Math.floor((width - 70) / 2));
  const cutLeft = (s: string) =>
    (s.length > side ? `…${s.slice(s.length - side + 1)}` : s).padStart(side);
  const cutRight = (s: string) =>
    (s.length > side ? `${s.slice(0, side - 1)}…` : s).padEnd(side);
  const matchWidth = Math.max(...rows.map((r) => r.match.length), 5);
  return rows
    .map((r) =>
      [
        r.mention_id,
        `${r.plan_id}/${basename(r.document)} p${r.page}`
          .padEnd(40)
          .slice(0, 40),
        cutLeft(r.left),
        "|",
        r.match.padEnd(matchWidth),
        "|",
        cutRight(r.right),
        r.term_id,
        r.verdict,
        ...(r.location === undefined ? [] : [r.location ?? ""]),
      ].join(" "),
    )
    .join("\n");
}

/** `stp-scan mentions [--plan] [--term] [--concept] [--verdict] [--location L,...] [--context N] [--sort] [--format]` */
export function mentionsCommand(yargs: Argv): Argv {
  return yargs.command(
    "mentions",
    "List mentions in keyword-in-context form, filtered and sorted like a concordancer",
    (y) =>
      y
        .example(examplesOf("mentions"))
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("plan", { type: "string", describe: "Only this plan id" })
        .option("term", { type: "string", describe: "Only this term id" })
        .option("concept", {
          type: "string",
          describe: "Only this concept (e.g. social-value, related)",
        })
        .option("verdict", {
          choices: ["pending", "accepted", "rejected", "disputed"] as const,
        })
        .option("location", { type: "string", describe: LOCATION_HELP })
        .option("context", {
          type: "number",
          default: WINDOW_TOKENS,
          describe: "Words of context each side",
        })
        .option("sort", {
          choices: ["plan", "term", "left", "right"] as const,
          default: "plan" as const,
        })
        .option("format", {
          choices: ["table", "csv", "json"] as const,
          default: "table" as const,
        })
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        }),
    (argv) =>
      runCommand(() => {
        const locations = locationsOption("--location", argv.location);
        const db = openExisting(argv.db);
        try {
          const rows = loadKwic(db, Math.max(0, argv.context))
            .filter((m) => argv.plan === undefined || m.plan_id === argv.plan)
            .filter((m) => argv.term === undefined || m.term_id === argv.term)
            .filter(
              (m) => argv.concept === undefined || m.concept === argv.concept,
            )
            .filter(
              (m) => argv.verdict === undefined || m.verdict === argv.verdict,
            )
            .filter((m) => inLocations(locations, m.location))
            .sort(SORTS[argv.sort]);
          const data = rows.map((r) =>
            Object.fromEntries(
              KWIC_COLUMNS.map((c) => [
                c,
                r[c as keyof KwicMention] as string | number,
              ]),
            ),
          );
          if (argv.format === "json")
            emit(`${JSON.stringify(data, null, 2)}\n`, argv.out);
          else if (argv.format === "csv")
            emit(renderCsv(KWIC_COLUMNS, data), argv.out);
          else
            emit(
              rows.length === 0
                ? "no mentions match\n"
                : `${renderKwicTable(rows, process.stdout.columns || 160)}\n${rows.length} mentions\n`,
              argv.out,
            );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
