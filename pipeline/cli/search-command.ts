import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderCsv } from "../csv/index.js";
import {
  inContext,
  type Place,
  type PlaceInContext,
} from "../explore/index.js";
import type { Location } from "../types.js";
import {
  countPlacesByPlan,
  locatePlaces,
  searchCorpus,
} from "../explore/store/index.js";
import { inLocations } from "../locate/index.js";
import { locationsOption, queryFrom } from "./option-values.js";
import {
  CONTEXT_OPTION,
  LOCATION_OPTION,
  sortOption,
  withOutputOptions,
  withQueryOptions,
} from "./options.js";
import { renderDispersionPlot } from "../report/index.js";
import { dispersionStrips } from "../report/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { formatTable, renderKwicTable } from "../report/index.js";
import { SORTS } from "./mentions-command.js";
import {
  checkWorkbookOut,
  emit,
  emitChunks,
  emitWorkbook,
  terminalWidth,
  withDatabase,
} from "./output.js";
import type { Db } from "../store/index.js";
import { counted } from "../plural.js";
import { PLACE_COLUMNS, searchCsv, searchJson } from "./search-stream.js";

type PerPlan = ReturnType<typeof countPlacesByPlan>;

/** What search found: every place, the ones shown (--limit), and the count per plan. */
type Found = {
  readonly places: readonly Place[];
  readonly shown: readonly (PlaceInContext & { readonly location: Location })[];
  readonly perPlan: PerPlan;
};

/** The options that shape search's output. */
type Shape = {
  readonly query: string;
  readonly regex: boolean;
  readonly exact: boolean;
  readonly perPlan: boolean;
  readonly format: "table" | "csv" | "json" | "xlsx";
};

const totalsLine = (found: Found) =>
  `${counted(found.places.length, "match", "matches")} in ${found.perPlan.plansWithMatches} of ${counted(found.perPlan.counts.length, "plan")}\n`;

function renderPlaces(found: Found, query: string): string {
  const { places, shown, perPlan } = found;
  if (places.length === 0) return `no matches for "${query}"\n`;
  const lines = renderKwicTable(
    shown.map((p, i) => ({
      ...p,
      mention_id: `#${i + 1}`,
      term_id: p.term_id === "" ? "(not in lexicon)" : p.term_id,
      verdict: "",
    })),
    { width: terminalWidth(), idHeader: "#" },
  );
  const hit = perPlan.counts.filter((c) => c.matches > 0);
  const more =
    shown.length < places.length
      ? `(showing ${shown.length} of ${places.length}; --limit)\n`
      : "";
  return `${lines}\n${more}\n${formatTable(
    ["plan", "matches"],
    hit.map((c) => [c.plan, c.matches]),
  )}\n${totalsLine(found)}`;
}

/** The query and how it was read, as the JSON output opens. */
const modeOf = (shape: Pick<Shape, "query" | "regex" | "exact">) => ({
  query: shape.query,
  mode: shape.regex ? "regex" : shape.exact ? "exact" : "phrase",
});

/** Search's rows as files hold them: the places shown (or the counts per plan), in column order. */
function searchRows(found: Found, shape: Pick<Shape, "perPlan">) {
  const columns = shape.perPlan ? ["plan", "matches"] : [...PLACE_COLUMNS];
  const rows = (shape.perPlan ? found.perPlan.counts : found.shown).map((p) =>
    Object.fromEntries(
      columns.map((c) => [c, p[c as keyof typeof p] as string | number]),
    ),
  );
  return { columns, rows };
}

/** Search's output in the chosen format: places (or counts per plan) as a table, CSV or JSON. */
function renderSearch(found: Found, shape: Shape): string {
  const { columns, rows: data } = searchRows(found, shape);
  if (shape.format === "json")
    return `${JSON.stringify(
      {
        ...modeOf(shape),
        matches: found.places.length,
        plans: found.perPlan.counts.length,
        plansWithMatches: found.perPlan.plansWithMatches,
        perPlan: found.perPlan.counts,
        places: shape.perPlan ? [] : data,
      },
      null,
      2,
    )}\n`;
  if (shape.format === "csv") return renderCsv(columns, data);
  if (shape.perPlan)
    return `${formatTable(
      ["plan", "matches"],
      found.perPlan.counts.map((c) => [c.plan, c.matches]),
    )}\n${totalsLine(found)}`;
  return renderPlaces(found, shape.query);
}

/** The options of `search` after the query and output ones, in the order --help lists them. */
const SEARCH_OPTIONS = {
  concept: {
    type: "string",
    describe:
      "Only places inside a stored mention of this concept (e.g. social-value)",
  },
  location: LOCATION_OPTION,
  context: CONTEXT_OPTION,
  sort: sortOption(["plan", "left", "right"]),
  limit: {
    type: "number",
    describe: "Show at most this many places (counts still cover all)",
  },
  "per-plan": {
    type: "boolean",
    default: false,
    describe: "Print the count per plan instead of the places",
  },
  plot: {
    type: "string",
    describe: "Also write a dispersion plot of the places (an .svg file)",
  },
} as const;

/**
 * The places in the order asked for, and the ones `--limit` shows, with their context. Only a sort by the words
 * beside the places reads the context of all of them; else only the shown ones get it: a common word has
 * thousands of places and an analyst sees a few.
 */
function orderAndShow<P extends Place>(
  list: readonly P[],
  options: {
    readonly sort: keyof typeof SORTS;
    readonly context: number;
    readonly limit: number | undefined;
  },
): { places: readonly P[]; shown: readonly (P & PlaceInContext)[] } {
  const limited = <T>(l: readonly T[]) =>
    options.limit === undefined ? l : l.slice(0, Math.max(0, options.limit));
  // Places come in corpus order, the `plan` sort.
  if (options.sort === "plan")
    return { places: list, shown: inContext(limited(list), options.context) };
  const places = inContext(list, options.context).sort(SORTS[options.sort]);
  return { places, shown: limited(places) };
}

/**
 * The places of the query in the chosen locations, sorted; the ones `--limit` shows; the count per plan. Locating
 * a place reads its page's boxes, so without --location only the places shown are located.
 */
function findPlaces(
  db: Db,
  query: ReturnType<typeof queryFrom>,
  options: Parameters<typeof searchCorpus>[2] &
    Parameters<typeof orderAndShow>[1] & { readonly plan?: string | undefined },
  locations: ReturnType<typeof locationsOption>,
): Found {
  const found = (ordered: Pick<Found, "places" | "shown">): Found => ({
    ...ordered,
    perPlan: countPlacesByPlan(db, ordered.places, options.plan),
  });
  const all = searchCorpus(db, query, options);
  if (locations === undefined) {
    const { places, shown } = orderAndShow(all, options);
    return found({ places, shown: locatePlaces(db, shown) });
  }
  return found(
    orderAndShow(
      locatePlaces(db, all).filter((p) => inLocations(locations, p.location)),
      options,
    ),
  );
}

/** `stp-scan search QUERY [--regex|--exact] [--plan] [--concept] [--location] [--context] [--sort] [--limit] [--plot] [--format]` */
export function searchCommand(yargs: Argv): Argv {
  return yargs.command(
    "search <query>",
    "Keyword in context over every stored page: a phrase (stemmed, as a lexicon term), globs (social valu*), --exact words or a --regex",
    (y) =>
      withOutputOptions(
        withQueryOptions(y.example(examplesOf("search")), {
          regex:
            "QUERY is a regular expression on the normalised page text (case-insensitive)",
          exact: "Compare words as written (lower-cased), not by stem",
        }).options(SEARCH_OPTIONS),
      ),
    (argv) =>
      runCommand(() => {
        checkWorkbookOut(argv.format, argv.out);
        // The plot is drawn as SVG: written under another name, a viewer would refuse the file.
        if (argv.plot !== undefined && !/\.svg$/i.test(argv.plot))
          throw new UsageError(
            `--plot ${argv.plot}: the plot is an SVG drawing; name a file ending in .svg (it opens in a browser, and in Word or PowerPoint)`,
          );
        const query = queryFrom(argv.query, argv);
        const locations = locationsOption("--location", argv.location);
        return withDatabase(
          argv.db,
          (db) => {
            refuseUnknownNames(db, argv.db, argv);
            // CSV and JSON in corpus order are written as the places are found; other shapes need them all.
            if (
              (argv.format === "csv" || argv.format === "json") &&
              !argv.perPlan &&
              argv.sort === "plan" &&
              argv.plot === undefined
            ) {
              const options = { ...argv, locations };
              const seen = { places: 0 };
              return emitChunks(
                argv.format === "csv"
                  ? searchCsv(db, query, options, seen)
                  : searchJson(db, query, options, modeOf(argv), seen),
                argv.out,
              ).then(() => {
                if (seen.places === 0)
                  process.stderr.write(`no matches for "${argv.query}"\n`);
              });
            }
            const found = findPlaces(db, query, argv, locations);
            if (argv.plot !== undefined)
              emit(
                renderDispersionPlot(
                  dispersionStrips(
                    db,
                    inContext(found.places, argv.context),
                    argv.plan,
                  ),
                  `Where "${argv.query}" falls in each document`,
                ),
                argv.plot,
              );
            if (found.places.length === 0 && argv.format !== "table")
              process.stderr.write(`no matches for "${argv.query}"\n`);
            if (argv.format !== "xlsx")
              return emit(renderSearch(found, argv), argv.out);
            return emitWorkbook(
              [{ name: "search", ...searchRows(found, argv) }],
              argv.out,
            );
          },
          "reads",
        );
      }, argv.db),
  );
}
