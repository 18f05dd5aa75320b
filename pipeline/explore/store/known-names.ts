// The plans, terms and concepts a question can be narrowed to, and what to say of a name the database lacks.
import { nearestFirst } from "../../edit-distance.js";
import { readPlanIds, readTerms, type Db } from "../../store/index.js";

// Past this many, a list of names in a message shows the nearest ones and counts the rest.
const LISTED = 8;

/**
 * "its plans are: a, b, c" (all of them, alphabetically) or, for a long list, the ones nearest `wanted` first
 * and how many more there are, with the command that lists them all.
 */
export function describeKnown(
  wanted: string,
  names: readonly string[],
  what: { readonly plural: string; readonly listedBy: string },
): string {
  if (names.length === 0) return `it holds no ${what.plural} yet`;
  if (names.length <= LISTED)
    return `its ${what.plural} are: ${[...names].sort().join(", ")}`;
  const nearest = nearestFirst(wanted, names).slice(0, LISTED);
  return `the nearest of its ${names.length} ${what.plural}: ${nearest.join(", ")} (all: ${what.listedBy})`;
}

/** The names a command option can filter by, and how a message speaks of each. */
const KINDS = {
  plan: {
    plural: "plans",
    listedBy: "stp-scan corpus list",
    read: (db: Db) => readPlanIds(db),
  },
  term: {
    plural: "terms",
    listedBy: "stp-scan terms",
    read: (db: Db) => readTerms(db).map((t) => t.id),
  },
  concept: {
    plural: "concepts",
    listedBy: "stp-scan terms",
    read: (db: Db) => [...new Set(readTerms(db).map((t) => t.concept))],
  },
} as const;

/**
 * Why a plan, term or concept given does not do (the database does not hold it), naming what it holds; null when
 * each given is known. A mistyped filter would otherwise find nothing and look like an answer.
 */
export function unknownNameOf(
  db: Db,
  file: string,
  given: Partial<Record<keyof typeof KINDS, string | undefined>>,
): string | null {
  for (const [kind, what] of Object.entries(KINDS)) {
    const wanted = given[kind as keyof typeof KINDS];
    if (wanted === undefined) continue;
    const names = what.read(db);
    if (!names.includes(wanted))
      return `no ${kind} "${wanted}" in ${file}; ${describeKnown(wanted, names, what)}`;
  }
  return null;
}
