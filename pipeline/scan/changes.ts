import {
  orphanedVerdicts,
  type AuditState,
  type VerdictCarry,
} from "../audit/index.js";
import type { Statistic } from "../types.js";

/** The statistic in short, as a re-run compares it. */
export type ShareFigures = {
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
};

/** What a scan changed compared with the database before it (foundation of "every re-run ends with..."). */
export type ScanChanges = {
  /** True when the database held no finished scan before this one. */
  readonly firstScan: boolean;
  readonly documents: {
    readonly added: readonly string[];
    readonly changed: readonly string[];
    readonly removed: readonly string[];
    readonly unchanged: number;
    /** Documents parsed with pdf.js in this run. */
    readonly read: number;
    /** Documents whose stored page text was matched again (lexicon changed). */
    readonly rematched: number;
  };
  /** Per term id: mentions that this scan found and the previous state did not, and the other way round. */
  readonly mentions: {
    readonly appeared: Readonly<Record<string, number>>;
    readonly disappeared: Readonly<Record<string, number>>;
  };
  /** Verdicts this scan orphaned (see orphanedVerdicts): their mention existed before it and no longer does. */
  readonly orphanedVerdicts: readonly {
    readonly mentionId: string;
    readonly verdict: string;
  }[];
  /** Verdicts this scan carried to the mention it found on the same passage under another term (carryVerdicts). */
  readonly carriedVerdicts: readonly {
    readonly from: string;
    readonly to: string;
    readonly fromTerm: string;
    readonly toTerm: string;
    readonly verdict: string;
  }[];
  readonly statistic: {
    readonly before: ShareFigures | null;
    readonly after: ShareFigures;
    readonly moved: boolean;
  };
};

const countByTerm = (
  ids: Iterable<string>,
  terms: ReadonlyMap<string, string>,
) => {
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const term = terms.get(id) as string;
    counts[term] = (counts[term] ?? 0) + 1;
  }
  return counts;
};

const figures = (s: Statistic): ShareFigures => ({
  numerator: s.numerator,
  denominator: s.denominator,
  share: s.share,
});

/** Compares mention ids, verdicts and the statistic before and after a scan. */
export function diffScan(input: {
  readonly firstScan: boolean;
  readonly documents: ScanChanges["documents"];
  readonly mentionsBefore: ReadonlyMap<string, string>;
  readonly mentionsAfter: ReadonlyMap<string, string>;
  /** Each judged mention's audit state (effectiveVerdicts). */
  readonly verdicts: ReadonlyMap<string, AuditState>;
  /** The verdicts this scan carried to the same passage; their mentions are not orphaned. */
  readonly carries: readonly VerdictCarry[];
  readonly before: Statistic | null;
  readonly after: Statistic;
}): ScanChanges {
  const { mentionsBefore: b, mentionsAfter: a } = input;
  const gone = [...b.keys()].filter((id) => !a.has(id));
  const before = input.before === null ? null : figures(input.before);
  const after = figures(input.after);
  return {
    firstScan: input.firstScan,
    documents: input.documents,
    mentions: {
      appeared: countByTerm(
        [...a.keys()].filter((id) => !b.has(id)),
        a,
      ),
      disappeared: countByTerm(gone, b),
    },
    orphanedVerdicts: orphanedVerdicts(
      input.verdicts,
      a,
      new Set(input.carries.map((c) => c.from.mentionId)),
    )
      .filter((o) => b.has(o.mentionId))
      .map((o) => ({ mentionId: o.mentionId, verdict: o.state.verdict })),
    carriedVerdicts: input.carries.map((c) => ({
      from: c.from.mentionId,
      to: c.to.mentionId,
      fromTerm: c.from.termId,
      toTerm: c.to.termId,
      verdict: c.verdict,
    })),
    statistic: {
      before,
      after,
      moved:
        before === null ||
        before.numerator !== after.numerator ||
        before.denominator !== after.denominator,
    },
  };
}
