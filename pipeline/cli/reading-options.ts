import { JOBS, READING_DEFAULTS, THRESHOLD_MENTIONS } from "../defaults.js";

// The settings a database remembers have no yargs default: a value not given must be told apart from the
// default, so that the database's own (from its last scan) is used. --help gives the default for a new one.
const remembered = (fallback: string | number) =>
  `[default: the database's, else ${fallback}]`;

/** `--threshold` of every command that counts plans. */
export const THRESHOLD_OPTION = {
  type: "number",
  describe: `Headline mentions a plan needs ${remembered(THRESHOLD_MENTIONS)}`,
} as const;

/** The options `scan` and `add` share for reading documents and counting plans (yargs option specs). */
export const READING_OPTIONS = {
  corpus: {
    type: "string",
    describe: `Corpus folder (manifest.csv, plans/) ${remembered("corpus")}`,
  },
  threshold: THRESHOLD_OPTION,
  jobs: {
    type: "number",
    default: JOBS,
    describe: "PDFs read at once (default: one per processor core)",
  },
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

/** The reading options as yargs gives them (undefined: not given). */
export type ReadingArgs = {
  readonly corpus: string | undefined;
  readonly threshold: number | undefined;
  readonly jobs: number;
  readonly timeout: number | undefined;
  readonly "max-memory": number | undefined;
  readonly ocr: "auto" | "off" | undefined;
  readonly "ocr-min-words": number | undefined;
  readonly "ocr-min-confidence": number | undefined;
  readonly "replace-corpus": boolean;
};

/** What scan and add pass on of the reading options: only those given, so the database's hold for the rest. */
export const readingOptionsOf = (argv: ReadingArgs) => ({
  ...given("corpus", argv.corpus),
  ...given("threshold", argv.threshold),
  ...given("timeoutSeconds", argv.timeout),
  ...given("maxHeapMb", argv["max-memory"]),
  ...given("ocr", argv.ocr),
  ...given("ocrMinWords", argv["ocr-min-words"]),
  ...given("ocrMinConfidence", argv["ocr-min-confidence"]),
  jobs: argv.jobs,
  replaceCorpus: argv["replace-corpus"],
});

const given = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
