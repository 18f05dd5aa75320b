import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import { compileQuery, type Query } from "../explore/index.js";
import type { RenderedRows } from "../report/index.js";
import { UsageError } from "./fatal.js";
import { emit, emitWorkbook } from "./output.js";

/** `--db`, as every explore command reads it. */
export const DB_OPTION = {
  type: "string",
  default: DB_FILE,
  describe: "SQLite database to read",
} as const;

/** The output formats every explore command takes. */
export const FORMAT_OPTION = {
  choices: ["table", "csv", "json", "xlsx"] as const,
  default: "table" as const,
  describe: "xlsx: a workbook with one typed sheet, needs --out",
};

/** `<query> --db --regex --exact --plan`, the opening options of the commands that take a query. */
export function withQueryOptions(
  y: Argv,
  describe: { readonly regex: string; readonly exact: string } = {
    regex: "QUERY is a regular expression (as in search)",
    exact: "Compare words as written (as in search)",
  },
) {
  return y
    .positional("query", { type: "string", demandOption: true })
    .option("db", DB_OPTION)
    .option("regex", {
      type: "boolean",
      default: false,
      describe: describe.regex,
    })
    .option("exact", {
      type: "boolean",
      default: false,
      describe: describe.exact,
    })
    .option("plan", { type: "string", describe: "Only this plan id" });
}

/** `--format --out`, the closing options of every explore command. */
export function withOutputOptions<T>(y: Argv<T>) {
  return y.option("format", FORMAT_OPTION).option("out", {
    type: "string",
    describe: "File to write [default: print on the screen]",
  });
}

/** A query from the command line, or a usage error naming what is wrong with it (exit 2). */
export function queryFrom(
  text: string,
  options: { readonly regex?: boolean; readonly exact?: boolean },
): Query {
  const compiled = compileQuery(text, options);
  if (!compiled.ok) throw new UsageError(compiled.problem);
  return compiled.value;
}

/** Prints rendered rows: the notice on stderr, then the text (or the workbook, its sheet named `name`) to --out or stdout. */
export async function emitRows(
  rendered: RenderedRows,
  out: string | undefined,
  name: string,
): Promise<void> {
  if (rendered.notice !== null) process.stderr.write(`${rendered.notice}\n`);
  if (rendered.sheet === undefined) emit(rendered.text, out);
  else await emitWorkbook([{ name, ...rendered.sheet }], out);
}
