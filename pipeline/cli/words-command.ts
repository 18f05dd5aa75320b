import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import { wordList } from "../explore/index.js";
import { loadWordCounts } from "./explore-data.js";
import { emitRows, FORMAT_OPTION } from "./explore-output.js";
import { runCommand } from "./fatal.js";
import { openExisting } from "./output.js";

/** `stp-scan words [--plan ID] [--top 50] [--stems] [--min-length 3]` */
export function wordsCommand(yargs: Argv): Argv {
  return yargs.command(
    "words",
    "Word frequency list of the stored page text: word, count, plans it occurs in",
    (y) =>
      y
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("plan", { type: "string", describe: "Only this plan id" })
        .option("top", {
          type: "number",
          default: 50,
          describe: "Rows to show (0: all)",
        })
        .option("stems", {
          type: "boolean",
          default: false,
          describe: "Group words by Porter stem",
        })
        .option("min-length", {
          type: "number",
          default: 3,
          describe: "Shortest word listed, in characters",
        })
        .option("format", FORMAT_OPTION)
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          const list = wordList(loadWordCounts(db, argv.plan), {
            stems: argv.stems,
            minLength: Math.max(1, argv.minLength),
          });
          const rows =
            argv.top > 0 ? list.words.slice(0, argv.top) : list.words;
          emitRows(argv.format, ["word", "count", "plans"], rows, {
            out: argv.out,
            meta: { tokens: list.tokens, types: list.words.length },
            footer: `${list.words.length} distinct ${argv.stems ? "stems" : "words"}, ${list.tokens} tokens`,
            empty: "no words (is the corpus scanned?)",
          });
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
