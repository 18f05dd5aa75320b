import { parse } from "csv-parse/sync";
import { runCli } from "../cli/run-cli.js";

// What the acceptance tests compare with a shared corpus's truth.json, read through the CLI as an analyst's
// script would: the exports and `stats --json`.

/** The statistic as truth.json gives it. */
export type TruthStatistic = {
  readonly numerator: number;
  readonly denominator: number;
  readonly plans_reported_apart: readonly string[];
  readonly plans_mentioning: readonly string[];
};

/** An export of the database as CSV rows. */
export const exportCsv = (db: string, table: string) =>
  parse<Record<string, string>>(
    runCli(["export", table, "--db", db, "--format", "csv"]).stdout,
    { bom: true, columns: true },
  );

/** Document → page → term → mentions, from the mentions export. */
export function storedCounts(
  db: string,
): Map<string, Record<string, Record<string, number>>> {
  const counts = new Map<string, Record<string, Record<string, number>>>();
  for (const m of exportCsv(db, "mentions")) {
    const byPage = counts.get(m.document as string) ?? {};
    const terms = (byPage[m.page as string] ??= {});
    terms[m.term_id as string] = (terms[m.term_id as string] ?? 0) + 1;
    counts.set(m.document as string, byPage);
  }
  return counts;
}

/** `stats --json --threshold N` in truth.json's shape, plan lists sorted. */
export function storedStatistic(db: string, threshold: number) {
  const s = JSON.parse(
    runCli(["stats", "--db", db, "--json", "--threshold", String(threshold)])
      .stdout,
  );
  return {
    numerator: s.numerator as number,
    denominator: s.denominator as number,
    plans_reported_apart: (s.reportedApart as { plan: string }[])
      .map((a) => a.plan)
      .sort(),
    plans_mentioning: (s.plans as { plan: string; mentions: boolean | null }[])
      .filter((p) => p.mentions === true)
      .map((p) => p.plan)
      .sort(),
  };
}

/** A statistic of truth.json with its plan lists sorted, to compare with storedStatistic. */
export const truthStatistic = (stat: TruthStatistic) => ({
  numerator: stat.numerator,
  denominator: stat.denominator,
  plans_reported_apart: [...stat.plans_reported_apart].sort(),
  plans_mentioning: [...stat.plans_mentioning].sort(),
});
