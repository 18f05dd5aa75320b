import type { Argv } from "yargs";
import { renderCsv } from "../csv/index.js";
import { DB_FILE, WINDOW_TOKENS } from "../defaults.js";
import {
  compileQuery,
  countByPlan,
  searchPages,
  type Place,
  type Query,
} from "../explore/index.js";
import { renderDispersionPlot } from "../report/index.js";
import {
  readLocatePages,
  readMentionPlaces,
  readPlanIds,
  type Db,
} from "../store/index.js";
import { locateMentions } from "../locate/index.js";
import type { Location } from "../types.js";
import {
  inLocations,
  locationsOption,
  LOCATION_HELP,
} from "./location-option.js";
import { dispersionStrips } from "../report/index.js";
import { pagesFor } from "./explore-data.js";
import { runCommand, UsageError } from "./fatal.js";
import { formatTable } from "./format-table.js";
import { renderKwicTable, SORTS } from "./mentions-command.js";
import { emit, openExisting } from "./output.js";

/** Columns of a search place, as `mentions` has them (plan, document, page, left | match | right), then extras. */
const PLACE_COLUMNS = [
  "plan_id",
  "document",
  "page",
  "left",
  "match",
  "right",
  "term_id",
  "concept",
  "start",
  "end",
  "location",
] as const;

/** A query from the command line, or a usage error naming what is wrong with it (exit 2). */
export function queryFrom(
  text: string,
  options: { readonly regex?: boolean; readonly exact?: boolean },
): Query {
  const compiled = compileQuery(text, options);
  if (!compiled.ok) throw new UsageError(compiled.reason);
  return compiled.query;
}

/** Where each place stands in its document (issue 17), worked out from its document's stored pages. */
function locatePlaces(
  db: Db,
  places: readonly Place[],
): (Place & { location: Location })[] {
  const byDocument = new Map<string, number[]>();
  places.forEach((p, i) =>
    byDocument.set(p.document, [...(byDocument.get(p.document) ?? []), i]),
  );
  const located: Location[] = [];
  for (const [document, at] of byDocument) {
    const found = locateMentions(
      readLocatePages(db, document),
      at.map((i) => ({
        pageNumber: (places[i] as Place).page,
        start: (places[i] as Place).start,
      })),
    );
    at.forEach((i, k) => (located[i] = found[k] ?? "body"));
  }
  return places.map((p, i) => ({ ...p, location: located[i] ?? "body" }));
}

/** Every place of a query in the corpus (or one plan), optionally only those inside a concept's mentions. */
export function searchCorpus(
  db: Db,
  query: Query,
  options: {
    readonly plan?: string | undefined;
    readonly concept?: string | undefined;
    readonly context: number;
  },
): Place[] {
  const places = searchPages(
    pagesFor(db, query, options.plan),
    query,
    readMentionPlaces(db),
    Math.max(0, options.context),
  );
  return options.concept === undefined
    ? places
    : places.filter((p) => p.concept === options.concept);
}

function renderTable(
  places: readonly Place[],
  shown: readonly Place[],
  perPlan: ReturnType<typeof countByPlan>,
  query: string,
): string {
  if (places.length === 0) return `no matches for "${query}"\n`;
  const lines = renderKwicTable(
    shown.map((p, i) => ({
      ...p,
      mention_id: `#${i + 1}`,
      term_id: p.term_id === "" ? "(not in lexicon)" : p.term_id,
      verdict: "",
    })),
    process.stdout.columns || 160,
  );
  const hit = perPlan.counts.filter((c) => c.matches > 0);
  const more =
    shown.length < places.length
      ? `(showing ${shown.length} of ${places.length}; --limit)\n`
      : "";
  return `${lines}\n${more}\n${formatTable(
    ["plan", "matches"],
    hit.map((c) => [c.plan, c.matches]),
  )}\n${places.length} matches in ${perPlan.plansWithMatches} of ${perPlan.counts.length} plans\n`;
}

/** `stp-scan search QUERY [--regex|--exact] [--plan] [--concept] [--location] [--context] [--sort] [--limit] [--plot] [--format]` */
export function searchCommand(yargs: Argv): Argv {
  return yargs.command(
    "search <query>",
    "Keyword in context over every stored page: a phrase (stemmed, as a lexicon term), globs (social valu*), --exact words or a --regex",
    (y) =>
      y
        .positional("query", { type: "string", demandOption: true })
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("regex", {
          type: "boolean",
          default: false,
          describe:
            "QUERY is a regular expression on the normalised page text (case-insensitive)",
        })
        .option("exact", {
          type: "boolean",
          default: false,
          describe: "Compare words as written (lower-cased), not by stem",
        })
        .option("plan", { type: "string", describe: "Only this plan id" })
        .option("concept", {
          type: "string",
          describe:
            "Only places inside a stored mention of this concept (e.g. social-value)",
        })
        .option("location", { type: "string", describe: LOCATION_HELP })
        .option("context", {
          type: "number",
          default: WINDOW_TOKENS,
          describe: "Words of context each side",
        })
        .option("sort", {
          choices: ["plan", "left", "right"] as const,
          default: "plan" as const,
        })
        .option("limit", {
          type: "number",
          describe: "Show at most this many places (counts still cover all)",
        })
        .option("per-plan", {
          type: "boolean",
          default: false,
          describe: "Print the count per plan instead of the places",
        })
        .option("plot", {
          type: "string",
          describe: "Also write a dispersion plot of the places (SVG file)",
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
        const query = queryFrom(argv.query, argv);
        const locations = locationsOption("--location", argv.location);
        const db = openExisting(argv.db);
        try {
          const places = locatePlaces(db, searchCorpus(db, query, argv))
            .filter((p) => inLocations(locations, p.location))
            .sort(SORTS[argv.sort]);
          const plans = argv.plan === undefined ? readPlanIds(db) : [argv.plan];
          const perPlan = countByPlan(places, plans);
          const shown =
            argv.limit === undefined
              ? places
              : places.slice(0, Math.max(0, argv.limit));
          if (argv.plot !== undefined)
            emit(
              renderDispersionPlot(
                dispersionStrips(db, places, argv.plan),
                `Where "${argv.query}" falls in each document`,
              ),
              argv.plot,
            );
          if (places.length === 0 && argv.format !== "table")
            process.stderr.write(`no matches for "${argv.query}"\n`);
          const data = (argv.perPlan ? perPlan.counts : shown).map((p) =>
            Object.fromEntries(
              (argv.perPlan ? ["plan", "matches"] : PLACE_COLUMNS).map((c) => [
                c,
                p[c as keyof typeof p] as string | number,
              ]),
            ),
          );
          if (argv.format === "json")
            emit(
              `${JSON.stringify(
                {
                  query: argv.query,
                  mode: argv.regex ? "regex" : argv.exact ? "exact" : "phrase",
                  matches: places.length,
                  plans: perPlan.counts.length,
                  plansWithMatches: perPlan.plansWithMatches,
                  perPlan: perPlan.counts,
                  places: argv.perPlan ? [] : data,
                },
                null,
                2,
              )}\n`,
              argv.out,
            );
          else if (argv.format === "csv")
            emit(
              renderCsv(
                argv.perPlan ? ["plan", "matches"] : [...PLACE_COLUMNS],
                data,
              ),
              argv.out,
            );
          else if (argv.perPlan)
            emit(
              `${formatTable(
                ["plan", "matches"],
                perPlan.counts.map((c) => [c.plan, c.matches]),
              )}\n${places.length} matches in ${perPlan.plansWithMatches} of ${perPlan.counts.length} plans\n`,
              argv.out,
            );
          else emit(renderTable(places, shown, perPlan, argv.query), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
