// Every option more than one command takes, defined once with its description, type and default (as ripgrep's
// flags/defs.rs defines each flag with its doc); each command picks the ones it uses, in the order its --help lists
// them. Where a description depends on what the command does with the option, the command names that part.
import type { Argv } from "yargs";
import {
  DB_FILE,
  JOBS,
  READING_DEFAULTS,
  THRESHOLD_MENTIONS,
  WINDOW_TOKENS,
} from "../defaults.js";

// The settings a database remembers have no yargs default: a value not given must be told apart from the
// default, so that the database's own (from its last scan) is used. --help gives the default for a new one.
const remembered = (fallback: string | number) =>
  `[default: the database's, else ${fallback}]`;

/** `--db`: the database file; `does` is what the command does with it (read, write...). */
export const dbOption = (does?: "read" | "write" | "update" | "compare with") =>
  ({
    type: "string",
    default: DB_FILE,
    describe:
      does === undefined ? "SQLite database" : `SQLite database to ${does}`,
  }) as const;

/** `--corpus` of the commands that work on the database's corpus. */
export const CORPUS_OPTION = {
  type: "string",
  describe: `Corpus folder (manifest.csv, plans/) ${remembered("corpus")}`,
} as const;

/** `--threshold` of every command that counts plans. */
export const THRESHOLD_OPTION = {
  type: "number",
  describe: `Headline mentions a plan needs ${remembered(THRESHOLD_MENTIONS)}`,
} as const;

/** `--jobs` of every command that reads PDFs. */
export const JOBS_OPTION = {
  type: "number",
  default: JOBS,
  describe: "PDFs read at once (default: one per processor core)",
} as const;

/** The options `scan` and `add` share for reading documents and counting plans. */
export const READING_OPTIONS = {
  corpus: CORPUS_OPTION,
  threshold: THRESHOLD_OPTION,
  jobs: JOBS_OPTION,
  timeout: {
    type: "number",
    describe: `Seconds one document may take ${remembered(READING_DEFAULTS.timeoutSeconds)}`,
  },
  "max-memory": {
    type: "number",
    describe: `MB of memory one document may use ${remembered(READING_DEFAULTS.maxMemoryMb)}`,
  },
  ocr: {
    choices: ["auto", "off"] as const,
    describe: `Read pages without a text layer by OCR (Tesseract); off: count them as pages without text ${remembered(READING_DEFAULTS.ocr)}`,
  },
  "ocr-min-words": {
    type: "number",
    describe: `Words (2 letters or more) an OCR page needs to be more than a picture ${remembered(READING_DEFAULTS.ocrMinWords)}`,
  },
  "ocr-min-confidence": {
    type: "number",
    describe: `Mean OCR word confidence (0-100) a page needs; below it the page is unreadable ${remembered(READING_DEFAULTS.ocrMinConfidence)}`,
  },
  "replace-corpus": {
    type: "boolean",
    default: false,
    describe:
      "Use --corpus although the database holds another corpus (its documents are then marked removed)",
  },
} as const;

/** `--json`: `what` the command prints as JSON; `scope`, the actions it applies to. */
export const jsonOption = (what: string, scope?: string) =>
  ({
    type: "boolean",
    default: false,
    describe:
      scope === undefined
        ? `Print ${what} as JSON, for another program`
        : `${scope}: print ${what} as JSON, for another program`,
  }) as const;

/** `--audited`: rejected mentions left out; `describe` says what that does to the command's output. */
export const auditedOption = (describe: string) =>
  ({ type: "boolean", default: false, describe }) as const;

/** Who gives a verdict or a declaration when --auditor is not given: $STP_SCAN_AUDITOR, else the login name. */
export function defaultAuditor(): string {
  return (
    process.env.STP_SCAN_AUDITOR ??
    process.env.USER ??
    process.env.USERNAME ??
    "analyst"
  );
}

/** `--auditor`: who `does` what the command records; `scope`, the actions it applies to. */
export const auditorOption = (does: string, scope?: string) =>
  ({
    type: "string",
    default: defaultAuditor(),
    describe: `${scope === undefined ? "Who" : `${scope}: who`} ${does} (default: $STP_SCAN_AUDITOR, then the login name)`,
  }) as const;

/** `--note` of a verdict. */
export const VERDICT_NOTE_OPTION = { type: "string" } as const;

/** `--format` of a command that prints rows: `choices`, the first the default; `note` adds to what xlsx does. */
export const formatOption = <const C extends readonly string[]>(
  choices: C,
  fallback: C[number],
  note?: string,
) => ({
  choices,
  default: fallback,
  describe: `xlsx: a workbook with one typed sheet, needs --out${note === undefined ? "" : ` (${note})`}`,
});

/** `--format` of the commands that print rows on the screen unless told otherwise. */
export const ROWS_FORMAT_OPTION = formatOption(
  ["table", "csv", "json", "xlsx"],
  "table",
);

/** `--out` of a command that prints on the screen unless told otherwise. */
export const OUT_OPTION = {
  type: "string",
  describe: "File to write [default: print on the screen]",
} as const;

/** What `--location` and `--count-in` say in --help. */
const LOCATION_HELP =
  "Only mentions in these locations, comma-separated: heading, body, list, table, footnote, caption, contents, running, references, or all";

/** `--location` of the commands that list mentions or places. */
export const LOCATION_OPTION = {
  type: "string",
  describe: LOCATION_HELP,
} as const;

/** `--count-in` of the commands that count the statistic. */
export const COUNT_IN_OPTION = {
  type: "string",
  describe: `Count only mentions in these locations (default: all). ${LOCATION_HELP}`,
} as const;

/** `--context` of the commands that show passages. */
export const CONTEXT_OPTION = {
  type: "number",
  default: WINDOW_TOKENS,
  describe: "Words of context each side",
} as const;

/** `--sort` of a concordance: `choices`, plan (corpus order) first and the default. */
export const sortOption = <const C extends readonly ["plan", ...string[]]>(
  choices: C,
) => ({ choices, default: "plan" as const });

/** `--plan` of the commands that can look at one plan only. */
export const PLAN_OPTION = {
  type: "string",
  describe: "Only this plan id",
} as const;

/** `--top` of the commands that list rows by rank. */
export const topOption = (rows: number) =>
  ({
    type: "number",
    default: rows,
    describe: "Rows to show (0: all)",
  }) as const;

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
    .option("db", dbOption("read"))
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
    .option("plan", PLAN_OPTION);
}

/** `--format --out`, the closing options of the commands that print rows. */
export function withOutputOptions<T>(y: Argv<T>) {
  return y.option("format", ROWS_FORMAT_OPTION).option("out", OUT_OPTION);
}
