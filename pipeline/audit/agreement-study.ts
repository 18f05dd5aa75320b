import type { VerdictRow } from "../types.js";
import { compareAuditors, type Agreement } from "./agreement.js";
import { independentCodings, type Coding } from "./codings.js";
import { nominalAlpha, type Alpha } from "./krippendorff-alpha.js";
import { settledMentions, type Settlement } from "./settlements.js";
import { effectiveVerdicts } from "./verdicts.js";

/** Two coders' reasons side by side: counts[i][j] mentions the first gave categories[i], the second categories[j]. */
export type Confusion = {
  readonly categories: readonly string[];
  readonly counts: readonly (readonly number[])[];
};

/** Two auditors compared on the mentions both coded independently. */
export type PairAgreement = Agreement & {
  readonly a: string;
  readonly b: string;
  /** Mentions both have a verdict on, left out because one of them (or both) was not given independently. */
  readonly notIndependent: number;
  /** Their reasons (the code, else the verdict with no code) on the mentions both coded independently. */
  readonly confusion: Confusion;
};

/** A mention the auditors coded differently (accepted by some, rejected by others), and its settlement if any. */
export type CodingDispute = {
  readonly mentionId: string;
  /** Each auditor's independent coding of it, in the order of the study's auditors. */
  readonly codings: readonly (Coding & { readonly auditor: string })[];
  readonly settlement: Settlement | null;
};

/** Agreement between auditors on independent codings only (docs/auditing.md "A double-coding study"). */
export type AgreementStudy = {
  readonly auditors: readonly string[];
  /** Every pair of auditors, in the order given. */
  readonly pairs: readonly PairAgreement[];
  /** Krippendorff's alpha (nominal) of the verdicts, over every mention two or more of the auditors coded. */
  readonly alpha: Alpha;
  readonly disputes: readonly CodingDispute[];
};

/** The category a coding has in the confusion table: its code, else its verdict without one. */
export const reasonOf = (c: Coding): string =>
  c.code ?? `${c.verdict}, no code`;

function confusionOf(pairs: readonly (readonly [Coding, Coding])[]): Confusion {
  const categories = [...new Set(pairs.flat().map(reasonOf))].sort();
  return {
    categories,
    counts: categories.map((i) =>
      categories.map(
        (j) =>
          pairs.filter(([x, y]) => reasonOf(x) === i && reasonOf(y) === j)
            .length,
      ),
    ),
  };
}

/** Two auditors' independent codings compared; `judgedByBoth`: the mentions both have a standing verdict on. */
function comparePair(
  a: string,
  b: string,
  ca: ReadonlyMap<string, Coding>,
  cb: ReadonlyMap<string, Coding>,
  judgedByBoth: readonly string[],
): PairAgreement {
  const verdicts = (c: ReadonlyMap<string, Coding>) =>
    new Map([...c].map(([id, x]) => [id, x.verdict]));
  const both = [...ca.keys()].filter((id) => cb.has(id));
  const independent = new Set(both);
  return {
    a,
    b,
    ...compareAuditors(verdicts(ca), verdicts(cb)),
    notIndependent: judgedByBoth.filter((id) => !independent.has(id)).length,
    confusion: confusionOf(
      both.map((id) => [ca.get(id), cb.get(id)] as [Coding, Coding]),
    ),
  };
}

/**
 * The agreement of `auditors` (every auditor with an independent coding when none are given) on the mentions in
 * `current` (those that count now): only independent codings (see independentCodings) are compared. Each pair
 * gets agreement, Cohen's kappa with its interval and the confusion of reasons; all of them together,
 * Krippendorff's alpha with missing codings. The disputes are the mentions whose independent verdicts differ.
 */
export function studyAgreement(
  rows: readonly VerdictRow[],
  current: ReadonlySet<string>,
  auditors?: readonly string[],
): AgreementStudy {
  const all = independentCodings(rows);
  const names = auditors ?? [...all.keys()].sort();
  const codingsOf = (auditor: string) =>
    new Map([...(all.get(auditor) ?? [])].filter(([id]) => current.has(id)));
  const codings = new Map(names.map((n) => [n, codingsOf(n)]));
  const standing = effectiveVerdicts(rows);
  const judged = (id: string, auditor: string) =>
    (standing.get(id)?.byAuditor.get(auditor) ?? "pending") !== "pending";
  const pairs = names.flatMap((a, i) =>
    names.slice(i + 1).map((b) => {
      const ca = codings.get(a) ?? new Map<string, Coding>();
      const cb = codings.get(b) ?? new Map<string, Coding>();
      const judgedByBoth = [...current].filter(
        (id) => judged(id, a) && judged(id, b),
      );
      return comparePair(a, b, ca, cb, judgedByBoth);
    }),
  );
  const mentions = [...current].sort();
  const units = mentions.map((id) =>
    names.flatMap((n) => {
      const c = codings.get(n)?.get(id);
      return c === undefined ? [] : [{ ...c, auditor: n }];
    }),
  );
  const settled = new Map(
    settledMentions(rows).map((s) => [s.mentionId, s.settlement]),
  );
  return {
    auditors: names,
    pairs,
    alpha: nominalAlpha(units.map((u) => u.map((c) => c.verdict))),
    disputes: units.flatMap((u, i) => {
      const id = mentions[i] ?? "";
      return new Set(u.map((c) => c.verdict)).size > 1
        ? [{ mentionId: id, codings: u, settlement: settled.get(id) ?? null }]
        : [];
    }),
  };
}
