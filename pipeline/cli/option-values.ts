// The values of options as yargs gives them, turned into what the owning folders take; a value that cannot be
// used is a usage error naming the option (exit 2).
import { compileQuery, type Query } from "../explore/index.js";
import { parseLocations } from "../locate/index.js";
import type { Location } from "../types.js";
import { UsageError } from "./fatal.js";

/** The reading options (READING_OPTIONS) as yargs gives them (undefined: not given). */
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

/** A query from the command line, or a usage error naming what is wrong with it (exit 2). */
export function queryFrom(
  text: string,
  options: { readonly regex?: boolean; readonly exact?: boolean },
): Query {
  const compiled = compileQuery(text, options);
  if (!compiled.ok) throw new UsageError(compiled.problem);
  return compiled.value;
}

/** `--count-in` as a count takes it: the locations it names, or "all" when it is not given; a bad list exits 2. */
export function countInOption(
  text: string | undefined,
): readonly Location[] | "all" {
  const locations = locationsOption("--count-in", text);
  return locations === undefined ? "all" : [...locations];
}

/** The locations a `--location`/`--count-in` option names (undefined: every location); a bad list exits 2. */
export function locationsOption(
  option: string,
  text: string | undefined,
): ReadonlySet<Location> | undefined {
  if (text === undefined) return undefined;
  const parsed = parseLocations(text);
  if (!parsed.ok) throw new UsageError({ ...parsed.problem, file: option });
  return new Set(parsed.value);
}

/** A whole-number option from `min` to `max`, or a usage error naming the option and what it takes (exit 2). */
export function wholeNumberOption(
  option: string,
  value: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw new UsageError(
    `${option}${Number.isNaN(value) ? "" : ` ${value}`}: give a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}`,
  );
}
