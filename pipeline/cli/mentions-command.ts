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
import { counted } from "../plural.js";

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

/** The options of `mentions`, in the order --help lists them. */
const MENTIONS_OPTIONS = {
  db: {
    type: "string",
    default: DB_FILE,
    describe: "SQLite database to read",
  },
  plan: { type: "string", describe: "Only this plan id" },
  term: { type: "string", describe: "Only this term id" },
  concept: {
    type: "string",
    describe: "Only this concept (e.g. social-value, related)",
  },
  verdict: {
    choices: ["pending", "accepted", "rejected", "disputed"] as const,
  },
  location: { type: "string", describe: LOCATION_HELP },
  context: {
    type: "number",
    default: WINDOW_TOKENS,
    describe: "Words of context each side",
  },
  sort: {
    choices: ["plan", "term", "left", "right"] as const,
    default: "plan" as const,
  },
  format: {
    choices: ["table", "csv", "json"] as const,
    default: "table" as const,
  },
  out: {
    type: "string",
    describe: "File to write [default: print on the screen]",
  },
} as const;

/** What `mentions` keeps: each filter given on the command line, and the sort. */
type MentionFilter = {
  readonly plan: string | undefined;
  readonly term: string | undefined;
  readonly concept: string | undefined;
  readonly verdict: string | undefined;
  readonly sort: keyof typeof SORTS;
};

/** The mentions that pass every filter, sorted. */
function selectMentions(
  all: readonly KwicMention[],
  filter: MentionFilter,
  locations: ReturnType<typeof locationsOption>,
): KwicMention[] {
  return all
    .filter((m) => filter.plan === undefined || m.plan_id === filter.plan)
    .filter((m) => filter.term === undefined || m.term_id === filter.term)
    .filter((m) => filter.concept === undefined || m.concept === filter.concept)
    .filter((m) => filter.verdict === undefined || m.verdict === filter.verdict)
    .filter((m) => inLocations(locations, m.location))
    .sort(SORTS[filter.sort]);
}

/** The mentions as `--format` asks: JSON, CSV, or the keyword-in-context table with a count. */
function renderMentions(
  rows: readonly KwicMention[],
  format: "table" | "csv" | "json",
): string {
  const data = rows.map((r) =>
    Object.fromEntries(
      KWIC_COLUMNS.map((c) => [
        c,
        r[c as keyof KwicMention] as string | number,
      ]),
    ),
  );
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  if (format === "csv") return renderCsv(KWIC_COLUMNS, data);
  return rows.length === 0
    ? "no mentions match\n"
    : `${renderKwicTable(rows, process.stdout.columns || 160)}\n${counted(rows.length, "mention")}\n`;
}

/** `stp-scan mentions [--plan] [--term] [--concept] [--verdict] [--location L,...] [--context N] [--sort] [--format]` */
export function mentionsCommand(yargs: Argv): Argv {
  return yargs.command(
    "mentions",
    "List mentions in keyword-in-context form, filtered and sorted like a concordancer",
    (y) => y.example(examplesOf("mentions")).options(MENTIONS_OPTIONS),
    (argv) =>
      runCommand(() => {
        const locations = locationsOption("--location", argv.location);
        const db = openExisting(argv.db);
        try {
          const all = loadKwic(db, Math.max(0, argv.context));
          const rows = selectMentions(all, argv, locations);
          emit(renderMentions(rows, argv.format), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
