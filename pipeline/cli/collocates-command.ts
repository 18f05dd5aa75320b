import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import { collocates, corpusCounts } from "../explore/index.js";
import { loadWordCounts, placesByPage } from "./explore-data.js";
import { emitRows, FORMAT_OPTION, round4 } from "./explore-output.js";
import { runCommand } from "./fatal.js";
import { openExisting } from "./output.js";
import { queryFrom } from "./search-command.js";

/** `stp-scan collocates QUERY [--window 5] [--min-count 3] [--by mi|llr|count] [--stopwords]` */
export function collocatesCommand(yargs: Argv): Argv {
  return yargs.command(
    "collocates <query>",
    "Words near the places of a query: count near them, count in the corpus, mutual information and log-likelihood",
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
          describe: "QUERY is a regular expression (as in search)",
        })
        .option("exact", {
          type: "boolean",
          default: false,
          describe: "Compare words as written (as in search)",
        })
        .option("plan", { type: "string", describe: "Only this plan id" })
        .option("window", {
          type: "number",
          default: 5,
          describe: "Words each side of a place",
        })
        .option("min-count", {
          type: "number",
          default: 3,
          describe: "Least times a word stands near the places",
        })
        .option("by", {
          choices: ["mi", "llr", "count"] as const,
          default: "llr" as const,
          describe: "Sort by",
        })
        .option("stopwords", {
          type: "boolean",
          default: false,
          describe: "Leave out English stopwords (natural's list)",
        })
        .option("top", {
          type: "number",
          default: 50,
          describe: "Rows to show",
        })
        .option("format", FORMAT_OPTION)
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        }),
    (argv) =>
      runCommand(() => {
        const query = queryFrom(argv.query, argv);
        const db = openExisting(argv.db);
        try {
          const corpus = corpusCounts(loadWordCounts(db, argv.plan));
          const result = collocates(
            placesByPage(db, query, argv.plan),
            corpus.counts,
            corpus.tokens,
            {
              windowTokens: Math.max(0, argv.window),
              minCount: Math.max(1, argv.minCount),
              by: argv.by,
              dropStopwords: argv.stopwords,
            },
          );
          const rows = result.collocates
            .slice(0, Math.max(0, argv.top))
            .map((c) => ({ ...c, mi: round4(c.mi), llr: round4(c.llr) }));
          emitRows(argv.format, ["word", "near", "corpus", "mi", "llr"], rows, {
            out: argv.out,
            meta: {
              query: argv.query,
              places: result.places,
              windowTokens: result.windowTokens,
              corpusTokens: corpus.tokens,
            },
            footer: `${result.places} places, ${result.windowTokens} tokens in their windows, ${corpus.tokens} in the corpus`,
            empty:
              result.places === 0
                ? `no matches for "${argv.query}"`
                : "no collocate reaches --min-count",
          });
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
