// The values of options as yargs gives them, turned into what the owning folders take; a value that cannot be
// used is a usage error naming the option (exit 2).
import { randomInt } from "node:crypto";
import {
  codebookOf,
  resolveCode,
  resolvePassageCode,
  type SampleSize,
} from "../audit/index.js";
import { compileQuery, type Query } from "../explore/index.js";
import { parseLocations } from "../locate/index.js";
import type { Db } from "../store/index.js";
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

/**
 * The codebook id `--code` names for a verdict (null when not given), checked against the database's codebook; an
 * unknown code, or one that counts as the other verdict, is one line and exit 2, before anything is recorded.
 */
export function codeOption(
  db: Db,
  given: string | undefined,
  verdict: "accepted" | "rejected",
): string | null {
  if (given === undefined) return null;
  const { id, problem } = resolveCode(codebookOf(db), given, verdict);
  if (problem !== null) throw new UsageError(`--code ${given}: ${problem}`);
  return id;
}

/** The codebook id `--code` names for a coded passage (null when not given): one that counts as accept, else exit 2. */
export function passageCodeOption(
  db: Db,
  given: string | undefined,
): string | null {
  if (given === undefined) return null;
  const { id, problem } = resolvePassageCode(codebookOf(db), given);
  if (problem !== null) throw new UsageError(`--code ${given}: ${problem}`);
  return id;
}

/** The size `--size` or `--share` asks a sample to have, or a usage error (neither, both, or out of range). */
export function sampleSizeOption(
  size: number | undefined,
  share: number | undefined,
): SampleSize {
  if ((size === undefined) === (share === undefined))
    throw new UsageError(
      "give the sample's size with --size N or --share P (one of them)",
    );
  if (size !== undefined) {
    if (!Number.isInteger(size) || size < 1)
      throw new UsageError(
        `--size ${size}: give a whole number of mentions, 1 or more`,
      );
    return { size };
  }
  if (share === undefined || !(share > 0 && share <= 1))
    throw new UsageError(
      `--share ${share}: give a share between 0 and 1 (0.15 for 15% of the mentions)`,
    );
  return { share };
}

/** The seed `--seed` gives a sample, or a new one (printed and recorded, so the draw can be made again). */
export function seedOption(seed: number | undefined): number {
  if (seed === undefined) return randomInt(2 ** 31);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    throw new UsageError(
      `--seed ${seed}: give a whole number from 0 to 4294967295`,
    );
  return seed;
}

/** The names `--auditors A,B[,C...]` gives (undefined: not given), or a usage error for fewer than two. */
export function auditorsOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const names = [
    ...new Set(
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length < 2)
    throw new UsageError(
      `--auditors needs two names or more separated by commas, not "${text}"`,
    );
  return names;
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
