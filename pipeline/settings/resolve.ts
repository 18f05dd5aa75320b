import { READING_DEFAULTS, THRESHOLD_MENTIONS } from "../defaults.js";
import type { ProjectSettings, ReadingSettings } from "../types.js";

/** What a command line gave; undefined: not given, so the database's setting (else the default) holds. */
export type GivenSettings = Partial<ReadingSettings> & {
  /** The corpus folder, resolved to an absolute path. */
  readonly corpus?: string;
  /** The lexicon given with --lexicon, resolved to an absolute path; null: back to the corpus's own, else v1. */
  readonly lexicon?: string | null;
  readonly threshold?: number;
};

/** A setting given on the command line that differs from the one the database remembers. */
export type SettingChange = {
  /** The option as the analyst types it, e.g. `--ocr`. */
  readonly option: string;
  readonly stored: string;
  readonly given: string;
};

/** A scan of one corpus into a database that holds another. */
export type CorpusConflict = {
  readonly stored: string;
  readonly given: string;
};

/** The settings to use, what was told otherwise, and whether the corpus given is another than the database's. */
export type Resolved = {
  readonly settings: Omit<ProjectSettings, "lexiconPath" | "lexiconSha256">;
  readonly changes: readonly SettingChange[];
  readonly conflict: CorpusConflict | null;
};

type Entry = {
  readonly option: string;
  readonly given: string | number | undefined;
  readonly stored: string | number | null | undefined;
  readonly fallback: string | number;
};

/** The value to use: given, else remembered, else the default; and a change when the given one differs. */
function pick(e: Entry): {
  value: string | number;
  change: SettingChange | null;
} {
  const stored = e.stored ?? null;
  if (e.given === undefined)
    return { value: stored ?? e.fallback, change: null };
  const change =
    stored !== null && stored !== e.given
      ? { option: e.option, stored: String(stored), given: String(e.given) }
      : null;
  return { value: e.given, change };
}

/**
 * The settings a scan (or add) uses: each one given on the command line, else the database's, else the default
 * (defaults.ts). The corpus is not a setting to switch silently: another folder than the database's is a
 * conflict the caller refuses unless told to replace it. `defaultCorpus`: the folder `--corpus` defaults to,
 * resolved.
 */
export function resolveSettings(
  stored: ProjectSettings | null,
  given: GivenSettings,
  defaultCorpus: string,
): Resolved {
  const r = stored?.reading;
  const entries = {
    ocr: {
      option: "--ocr",
      given: given.ocr,
      stored: r?.ocr,
      fallback: READING_DEFAULTS.ocr,
    },
    ocrMinWords: {
      option: "--ocr-min-words",
      given: given.ocrMinWords,
      stored: r?.ocrMinWords,
      fallback: READING_DEFAULTS.ocrMinWords,
    },
    ocrMinConfidence: {
      option: "--ocr-min-confidence",
      given: given.ocrMinConfidence,
      stored: r?.ocrMinConfidence,
      fallback: READING_DEFAULTS.ocrMinConfidence,
    },
    timeoutSeconds: {
      option: "--timeout",
      given: given.timeoutSeconds,
      stored: r?.timeoutSeconds,
      fallback: READING_DEFAULTS.timeoutSeconds,
    },
    maxMemoryMb: {
      option: "--max-memory",
      given: given.maxMemoryMb,
      stored: r?.maxMemoryMb,
      fallback: READING_DEFAULTS.maxMemoryMb,
    },
    threshold: {
      option: "--threshold",
      given: given.threshold,
      stored: stored?.threshold,
      fallback: THRESHOLD_MENTIONS,
    },
  } satisfies Record<string, Entry>;
  const picked = Object.fromEntries(
    Object.entries(entries).map(([k, e]) => [k, pick(e)]),
  ) as Record<keyof typeof entries, ReturnType<typeof pick>>;
  const corpus = given.corpus ?? stored?.corpus ?? defaultCorpus;
  const conflict =
    stored !== null &&
    given.corpus !== undefined &&
    given.corpus !== stored.corpus
      ? { stored: stored.corpus, given: given.corpus }
      : null;
  const lexicon = pickLexicon(stored, given.lexicon);
  return {
    settings: {
      corpus,
      lexiconGiven: lexicon.value,
      reading: {
        ocr: picked.ocr.value as ReadingSettings["ocr"],
        ocrMinWords: picked.ocrMinWords.value as number,
        ocrMinConfidence: picked.ocrMinConfidence.value as number,
        timeoutSeconds: picked.timeoutSeconds.value as number,
        maxMemoryMb: picked.maxMemoryMb.value as number,
      },
      threshold: picked.threshold.value as number,
    },
    changes: [lexicon, ...Object.values(picked)].flatMap((p) =>
      p.change === null ? [] : [p.change],
    ),
    conflict,
  };
}

/** The threshold a reading command uses (given, else the database's, else the default), and a change if told otherwise. */
export function resolveThreshold(
  stored: ProjectSettings | null,
  given: number | undefined,
): { threshold: number; change: SettingChange | null } {
  const p = pick({
    option: "--threshold",
    given,
    stored: stored?.threshold,
    fallback: THRESHOLD_MENTIONS,
  });
  return { threshold: p.value as number, change: p.change };
}

/** `--ocr off (this database's: auto)`, the words a command uses to say it was told otherwise. */
export const describeSetting = (c: SettingChange): string =>
  `${c.option} ${c.given} (the database's: ${c.stored})`;

/**
 * The lexicon: one given with --lexicon is remembered; none given means the corpus's own lexicon.csv, else the
 * project's lexicon v1, looked for afresh at each scan (so a lexicon.csv put in the corpus later is used).
 */
function pickLexicon(
  stored: ProjectSettings | null,
  given: string | null | undefined,
): { value: string | null; change: SettingChange | null } {
  const before = stored?.lexiconGiven ?? null;
  if (given === undefined) return { value: before, change: null };
  const own = "default (the corpus's lexicon.csv, else lexicon v1)";
  const change =
    stored !== null && before !== given
      ? { option: "--lexicon", stored: before ?? own, given: given ?? own }
      : null;
  return { value: given, change };
}
