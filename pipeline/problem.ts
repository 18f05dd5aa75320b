import type { Problem, Result } from "./types.js";

// The one home of the Problem's behaviour: building a Result, telling a problem in one line, and the base of the
// errors the project throws (STYLE §2: a bad file is a value; only input that makes the whole command meaningless
// is thrown, and the shell prints it as one line).

/** A Result that succeeded with `value`. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** A Result that failed with `problem`. */
export const fail = <E = Problem>(problem: E): Result<never, E> => ({
  ok: false,
  problem,
});

/**
 * The one line a problem is told in, as printed and stored: `<file>: <reason>`, or the reason alone; null for no
 * problem (a document whose status is ok).
 */
export function problemLine(problem: Problem): string;
export function problemLine(problem: Problem | null): string | null;
export function problemLine(problem: Problem | null): string | null {
  if (problem === null) return null;
  return problem.file === undefined
    ? problem.reason
    : `${problem.file}: ${problem.reason}`;
}

/**
 * The base of every error the project throws on purpose: it carries its Problem, its message is the problem's one
 * line, and cli/fatal.ts prints it as `stp-scan: <line>`, exit 2, whatever the command. A message given as a
 * string is a problem with only a reason. `cause` (or the problem's own) is kept as the error's cause too.
 */
export class StpError extends Error {
  readonly problem: Problem;

  constructor(
    problem: Problem | string,
    options?: { readonly cause?: unknown },
  ) {
    const given = typeof problem === "string" ? { reason: problem } : problem;
    const cause = options?.cause ?? given.cause;
    super(problemLine(given), cause === undefined ? undefined : { cause });
    this.problem = cause === undefined ? given : { ...given, cause };
    this.name = new.target.name;
  }
}
