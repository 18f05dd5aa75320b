// A route's query parameters read into values, the first one that cannot be used kept as the reason for a 400:
// a route reads all it takes, then answers that one reason, or its JSON.
import { compileQuery, type Query } from "../explore/index.js";
import { parseLocations } from "../locate/index.js";
import { problemLine } from "../problem.js";
import type { Location } from "../types.js";
import type { SearchMode } from "./api-types.js";

/** The largest threshold taken: a plan with more headline mentions than this is not a plan. */
export const MAX_THRESHOLD = 1_000_000;

/** Whole numbers a parameter may take, and its value when it is not given. */
type IntRange = {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
};

/** Reads the parameters of one request; `problem` is the first that cannot be used, else null. */
export type QueryParams = {
  readonly problem: () => string | null;
  /** Keeps `reason` as the problem, unless one came first. */
  readonly refuse: (reason: string) => void;
  /** A text parameter; undefined when absent or empty. */
  readonly text: (name: string) => string | undefined;
  readonly int: (name: string, range: IntRange) => number;
  /** `threshold=`: headline mentions a plan needs, as `--threshold`; `fallback` when absent (the server's). */
  readonly threshold: (fallback: number) => number;
  /** `1`/`true` or `0`/`false`; `fallback` when absent. */
  readonly flag: (name: string, fallback?: boolean) => boolean;
  readonly choice: <T extends string>(
    name: string,
    choices: readonly T[],
    fallback: T,
  ) => T;
  /** A comma list of locations (as `--location`), undefined when absent. */
  readonly locations: (name: string) => ReadonlySet<Location> | undefined;
  /** `q` read as `mode` says, as `stp-scan search` reads its query and `--regex`/`--exact`. */
  readonly query: () => { query: Query; text: string; mode: SearchMode } | null;
};

/** The search modes, as `mode=` takes them. */
export const SEARCH_MODES: readonly SearchMode[] = [
  "phrase",
  "glob",
  "regex",
  "exact",
];

/** The parameters of `params`, each read once by the route. */
export function queryParams(params: URLSearchParams): QueryParams {
  let problem: string | null = null;
  const refuse = (reason: string) => {
    problem ??= reason;
  };
  const text = (name: string) => params.get(name) || undefined;
  const wholeNumber = (name: string, min: number, max: number) => {
    const given = text(name);
    if (given === undefined) return undefined;
    const n = /^-?\d+$/.test(given.trim()) ? Number(given) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    refuse(
      `${name}: give a whole number from ${min} to ${max} (not "${given}")`,
    );
    return undefined;
  };
  const choice = <T extends string>(
    name: string,
    choices: readonly T[],
    fallback: T,
  ): T => {
    const given = text(name);
    if (given === undefined) return fallback;
    const found = choices.find((c) => c === given);
    if (found === undefined)
      refuse(`${name}: one of ${choices.join(", ")} (not "${given}")`);
    return found ?? fallback;
  };
  return {
    problem: () => problem,
    refuse,
    text,
    int: (name, range) =>
      wholeNumber(name, range.min, range.max) ?? range.fallback,
    threshold: (fallback) =>
      wholeNumber("threshold", 1, MAX_THRESHOLD) ?? fallback,
    flag: (name, fallback = false) => {
      const given = text(name)?.toLowerCase();
      if (given === undefined) return fallback;
      if (given === "1" || given === "true") return true;
      if (given === "0" || given === "false") return false;
      refuse(`${name}: give 1 or 0 (not "${given}")`);
      return fallback;
    },
    choice,
    locations: (name) => {
      const given = text(name);
      if (given === undefined) return undefined;
      const parsed = parseLocations(given);
      if (parsed.ok) return new Set(parsed.value);
      refuse(`${name}: ${parsed.problem.reason}`);
      return undefined;
    },
    query: () =>
      readQuery(text("q"), choice("mode", SEARCH_MODES, "phrase"), refuse),
  };
}

/** `q` read as `mode` says, or null (and the reason refused) when it is missing or cannot be read. */
function readQuery(
  given: string | undefined,
  mode: SearchMode,
  refuse: (reason: string) => void,
): ReturnType<QueryParams["query"]> {
  if (given === undefined) {
    refuse(
      "q: give a query (a phrase, globs such as social valu*, or a regular expression with mode=regex)",
    );
    return null;
  }
  const compiled = compileQuery(given, {
    regex: mode === "regex",
    exact: mode === "exact",
  });
  if (!compiled.ok) {
    refuse(problemLine(compiled.problem));
    return null;
  }
  return { query: compiled.value, text: given, mode };
}
