import type { Argv } from "yargs";
import { inContext } from "../explore/index.js";
import {
  countSearchPlaces,
  searchPlaces,
  shownPlacesByDocument,
} from "../explore/store/index.js";
import {
  dispersionStrips,
  placeRows,
  renderDispersionPlot,
  renderSearch,
  renderSearchCsv,
  renderSearchJson,
} from "../report/index.js";
import type { Db } from "../store/index.js";
import { examplesOf } from "./examples.js";
import { runCommand, UsageError } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { locationsOption, queryFrom } from "./option-values.js";
import {
  CONTEXT_OPTION,
  LOCATION_OPTION,
  sortOption,
  withOutputOptions,
  withQueryOptions,
} from "./options.js";
import {
  checkWorkbookOut,
  emit,
  emitChunks,
  emitRows,
  terminalWidth,
  withDatabase,
} from "./output.js";

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

/** What search was asked, its query read and its locations parsed. */
type Asked = Parameters<typeof searchPlaces>[2] &
  Parameters<typeof renderSearch>[1] & {
    readonly out: string | undefined;
    readonly plot: string | undefined;
  };

/** CSV and JSON in corpus order, written as the places are found, a document's at a time. */
function printAsFound(
  db: Db,
  query: ReturnType<typeof queryFrom>,
  asked: Asked & { readonly format: "csv" | "json" },
): Promise<void> {
  const seen = { places: 0 };
  const rows = function* () {
    for (const group of shownPlacesByDocument(db, query, asked, seen))
      yield placeRows(group);
  };
  return emitChunks(
    asked.format === "csv"
      ? renderSearchCsv(rows())
      : renderSearchJson(asked, countSearchPlaces(db, query, asked), rows()),
    asked.out,
  ).then(() => {
    if (seen.places === 0)
      process.stderr.write(`no matches for "${asked.query}"\n`);
  });
}

/** The places sorted and counted, with the dispersion plot when asked, then in the format asked. */
function printFound(
  db: Db,
  query: ReturnType<typeof queryFrom>,
  asked: Asked,
): Promise<void> {
  const found = searchPlaces(db, query, asked);
  if (asked.plot !== undefined)
    emit(
      renderDispersionPlot(
        dispersionStrips(
          db,
          inContext(found.places, asked.context),
          asked.plan,
        ),
        `Where "${asked.query}" falls in each document`,
      ),
      asked.plot,
    );
  return emitRows(
    renderSearch(found, asked, terminalWidth()),
    asked.out,
    "search",
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
        const asked = {
          ...argv,
          locations: locationsOption("--location", argv.location),
        };
        return withDatabase(
          argv.db,
          (db) => {
            refuseUnknownNames(db, argv.db, argv);
            const { format } = asked;
            // Other shapes than these need every place at once.
            return (format === "csv" || format === "json") &&
              !asked.perPlan &&
              asked.sort === "plan" &&
              asked.plot === undefined
              ? printAsFound(db, query, { ...asked, format })
              : printFound(db, query, asked);
          },
          "reads",
        );
      }, argv.db),
  );
}
