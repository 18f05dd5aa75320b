import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import { clusters } from "../explore/index.js";
import { placesByPage } from "./explore-data.js";
import { emitRows, FORMAT_OPTION } from "./explore-output.js";
import { runCommand, UsageError } from "./fatal.js";
import { openExisting } from "./output.js";
import { queryFrom } from "./search-command.js";

/** "2-4" → [2, 4]; "3" → [3, 3]. */
function sizeRange(text: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  const low = Number(m?.[1]);
  const high = Number(m?.[2] ?? m?.[1]);
  if (m === null || low < 1 || high < low || high > 12)
    throw new UsageError(
      `--size "${text}": give a size or a range such as 2-4 (1 to 12 words)`,
    );
  return [low, high];
}

/** `stp-scan clusters QUERY [--size 2-4]` */
export function clustersCommand(yargs: Argv): Argv {
  return yargs.command(
    "clusters <query>",
    "N-grams that contain the query, by frequency (never across punctuation that breaks a phrase)",
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
        .option("size", {
          type: "string",
          default: "2-4",
          describe: "Words per cluster: N or MIN-MAX",
        })
        .option("min-count", {
          type: "number",
          default: 1,
          describe: "Least count listed",
        })
        .option("top", {
          type: "number",
          default: 50,
          describe: "Rows to show (0: all)",
        })
        .option("format", FORMAT_OPTION)
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        }),
    (argv) =>
      runCommand(() => {
        const [low, high] = sizeRange(argv.size);
        const query = queryFrom(argv.query, argv);
        const db = openExisting(argv.db);
        try {
          const all = clusters(
            placesByPage(db, query, argv.plan),
            low,
            high,
          ).filter((c) => c.count >= argv.minCount);
          const rows = argv.top > 0 ? all.slice(0, argv.top) : all;
          emitRows(argv.format, ["cluster", "size", "count", "plans"], rows, {
            out: argv.out,
            meta: { query: argv.query, clusters: all.length },
            footer: `${all.length} clusters`,
            empty: `no clusters for "${argv.query}"`,
          });
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
