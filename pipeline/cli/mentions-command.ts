import type { Argv } from "yargs";
import { renderCsv, type Cell } from "../csv/index.js";
import {
  loadKwic,
  RAW_TEXT_COLUMNS,
  type KwicMention,
} from "../audit/index.js";
import { runCommand } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  openExisting,
  terminalWidth,
} from "./output.js";
import { renderKwicTable } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { inLocations } from "../locate/index.js";
import { locationsOption } from "./option-values.js";
import {
  CONTEXT_OPTION,
  dbOption,
  LOCATION_OPTION,
  OUT_OPTION,
  PLAN_OPTION,
  ROWS_FORMAT_OPTION,
  sortOption,
} from "./options.js";
import { counted } from "../plural.js";

// The passage under the names `export mentions` gives it, as readable text; then as extracted (RAW_TEXT_COLUMNS).
const KWIC_COLUMNS = [
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
  ...RAW_TEXT_COLUMNS,
];

/** Words nearest the match first, as a concordancer sorts: L1, L2, ... or R1, R2, ... */
type Sortable = Pick<KwicMention, "order" | "term_id" | "left" | "right">;
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

/** The options of `mentions`, in the order --help lists them. */
const MENTIONS_OPTIONS = {
  db: dbOption("read"),
  plan: PLAN_OPTION,
  term: { type: "string", describe: "Only this term id" },
  concept: {
    type: "string",
    describe: "Only this concept (e.g. social-value, related)",
  },
  verdict: {
    choices: ["pending", "accepted", "rejected", "disputed"] as const,
  },
  location: LOCATION_OPTION,
  context: CONTEXT_OPTION,
  sort: sortOption(["plan", "term", "left", "right"]),
  format: ROWS_FORMAT_OPTION,
  out: OUT_OPTION,
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

/** The mentions as rows of KWIC_COLUMNS: the passage as readable text, then as extracted. */
const kwicRows = (rows: readonly KwicMention[]) =>
  rows.map((r) => {
    const row = { ...r, ...r.readable };
    return Object.fromEntries(
      KWIC_COLUMNS.map((c) => [c, row[c as keyof typeof row] as Cell]),
    );
  });

/** The mentions as `--format` asks: JSON, CSV, or the keyword-in-context table with a count. */
function renderMentions(
  rows: readonly KwicMention[],
  format: "table" | "csv" | "json",
): string {
  const data = kwicRows(rows);
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  if (format === "csv") return renderCsv(KWIC_COLUMNS, data);
  return rows.length === 0
    ? "no mentions match\n"
    : `${renderKwicTable(rows, { width: terminalWidth(), idHeader: "mention" })}\n${counted(rows.length, "mention")}\n`;
}

/** `stp-scan mentions [--plan] [--term] [--concept] [--verdict] [--location L,...] [--context N] [--sort] [--format]` */
export function mentionsCommand(yargs: Argv): Argv {
  return yargs.command(
    "mentions",
    "List mentions in keyword-in-context form, filtered and sorted like a concordancer",
    (y) => y.example(examplesOf("mentions")).options(MENTIONS_OPTIONS),
    (argv) =>
      runCommand(async () => {
        const locations = locationsOption("--location", argv.location);
        checkWorkbookOut(argv.format, argv.out);
        const db = openExisting(argv.db, "reads");
        try {
          refuseUnknownNames(db, argv.db, argv);
          const all = loadKwic(db, Math.max(0, argv.context));
          const rows = selectMentions(all, argv, locations);
          if (argv.format === "xlsx")
            await emitWorkbook(
              [
                {
                  name: "mentions",
                  columns: KWIC_COLUMNS,
                  rows: kwicRows(rows),
                },
              ],
              argv.out,
            );
          else emit(renderMentions(rows, argv.format), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
