import { RE2JS } from "re2js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** A regular expression run in time linear in the text (RE2), case-insensitive, on Unicode code points. */
export type LinearRegex = {
  /** Whether it matches somewhere in `text`. */
  readonly test: (text: string) => boolean;
  /** Its non-overlapping matches in `text`, left to right, offsets in UTF-16 code units. */
  readonly matches: (
    text: string,
  ) => Iterable<{ readonly index: number; readonly length: number }>;
};

// What RE2 leaves out so that it never backtracks. JavaScript reads these, so they get their own words.
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\\[1-9]|\\k</, "a backreference"],
  [/\(\?<?[=!]/, "lookaround (lookahead or lookbehind)"],
];

/**
 * Compiles what the analyst typed after --regex with RE2 (re2js), so that no pattern can run for minutes on a
 * page the way `(\w+\s?)*$` did in a backtracking engine. JavaScript's spellings (`(?<name>…)`, `\u{…}`) are
 * translated; a pattern RE2 cannot take is a reason naming what it holds.
 */
export function compileLinearRegex(text: string): Result<LinearRegex> {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(
      RE2JS.translateRegExp(text),
      RE2JS.CASE_INSENSITIVE,
    );
  } catch (error) {
    const unsupported = UNSUPPORTED.find(([pattern]) => pattern.test(text));
    return fail({
      reason:
        unsupported === undefined
          ? `--regex "${text}" is not a valid regular expression (${(error as Error).message})`
          : `--regex "${text}": ${unsupported[1]} cannot be searched: searches run in time proportional to the text (RE2), without backreferences or lookaround`,
    });
  }
  return ok({
    test: (t) => compiled.test(t),
    matches: function* (t) {
      for (const m of compiled.matchAll(t))
        yield { index: m.index ?? 0, length: m[0].length };
    },
  });
}
