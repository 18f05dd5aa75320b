import {
  assignmentOf,
  compareMentionPlaces,
  loadKwic,
  searchableText,
  verdictOf,
  type KwicMention,
} from "../audit/index.js";
import { WINDOW_TOKENS } from "../defaults.js";
import { groupBy } from "../group-by.js";
import { countPlans } from "../stats/index.js";
import {
  beyondTables,
  changeMarksOf,
  readPlanFacts,
  type Db,
} from "../store/index.js";
import type { PlanCounts } from "../types.js";
import { createVerdictTally, type VerdictTally } from "./verdict-tally.js";

/** What the list shows of the corpus: only a scan (or another writer) changes it, never a verdict. */
type Corpus = {
  /** Every mention with its context, in list order (plan, document, page as a number, position). */
  readonly sorted: readonly KwicMention[];
  /** The text the words filter searches (`searchableText`), one per mention of `sorted`, at the same index. */
  readonly searchText: readonly string[];
  /** Every mention in corpus order (plan, document in manifest order, page, position), as the store reads them. */
  readonly inCorpusOrder: readonly KwicMention[];
  /** Plans with mentions, in corpus order (the page's plan filter). */
  readonly plans: readonly string[];
  readonly planCounts: readonly PlanCounts[];
  /** The mentions that read the same (identical passages, a running line), by their group (loadKwic's). */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** The reason each standing coded passage was coded with, by its mention id (null: none given). */
  readonly passageCodes: ReadonlyMap<string, string | null>;
};

/** Who the app shows the database to: the serve auditor, and whether they code blind. */
export type Viewer = {
  readonly auditor: string;
  /** Blind coding: the app shows and counts only the auditor's own judgements, nothing of any other auditor's. */
  readonly blind: boolean;
};

/** The audit app's view of its database, worked out once per state of the database. */
export type AuditView = {
  readonly corpus: () => Corpus;
  readonly verdicts: () => VerdictTally;
  readonly viewer: Viewer;
  /** The statistic's threshold (headline mentions a plan needs), as serve was started with. */
  readonly thresholdMentions: number;
  /** The mentions of the viewer's assignment (their latest sample); null when they have none. */
  readonly assignment: () => ReadonlySet<string> | null;
  /** Reads the corpus again at the next question: this app wrote a mention (a coded passage) itself. */
  readonly reread: () => void;
};

/**
 * A mention as it stands now: its stored row with the current verdict, note and reason (a coded passage's reason
 * is the one it was coded with, unless a verdict on it gave another).
 */
export const withVerdict = (
  m: KwicMention,
  tally: Pick<VerdictTally, "states" | "codes">,
  passageCodes: ReadonlyMap<string, string | null> = new Map(),
): KwicMention & { readonly code: string | null } => ({
  ...m,
  verdict: verdictOf(tally.states, m.mention_id),
  note: tally.states.get(m.mention_id)?.note ?? null,
  code: tally.codes.get(m.mention_id) ?? passageCodes.get(m.mention_id) ?? null,
});

function readCorpus(db: Db): Corpus {
  const planCounts = countPlans(readPlanFacts(db));
  const names = new Map(planCounts.map((p) => [p.plan, p.name]));
  const mentions = loadKwic(db, WINDOW_TOKENS);
  // A stable sort of corpus order, so filtering afterwards gives the order sorting the filtered rows gave.
  const sorted = [...mentions].sort(compareMentionPlaces);
  return {
    sorted,
    searchText: sorted.map((m) =>
      searchableText(
        `${m.plan_id} ${names.get(m.plan_id) ?? ""} ${m.document} ${m.left} ${m.match} ${m.right}`,
      ),
    ),
    inCorpusOrder: mentions,
    plans: [...new Set(mentions.map((m) => m.plan_id))],
    planCounts,
    groups: new Map(
      [...groupBy(sorted, (m) => m.group)].map(([g, ms]) => [
        g,
        ms.map((m) => m.mention_id),
      ]),
    ),
    passageCodes: new Map(
      beyondTables.readStandingPassages(db).map((p) => [p.mentionId, p.code]),
    ),
  };
}

/**
 * The view of `db` as `viewer` may see it (blind: the verdict rows counted are their own judgements only), read
 * again only when the database changed. Another connection's commit (a scan, a verdict
 * from the terminal, in another process) moves SQLite's `data_version`, and then everything is read again. This
 * connection's own commits do not move it; they move `total_changes()`, and the app's connection writes
 * verdicts only (the verdict route), so then only the verdicts are read again: contexts cost the most to work
 * out (every page's text is tokenised) and no verdict changes them.
 */
export function createAuditView(
  db: Db,
  thresholdMentions: number,
  viewer: Viewer,
): AuditView {
  const marks = changeMarksOf(db);
  let corpus: { at: number; value: Corpus } | null = null;
  let verdicts: { at: number; tally: VerdictTally } | null = null;
  const currentCorpus = (): Corpus => {
    if (corpus === null || corpus.at !== marks.othersCommits()) {
      // One read: a scan committing meanwhile cannot mix two states of the corpus, and the version kept is the
      // one read.
      corpus = marks.readAtOnce(() => ({
        at: marks.othersCommits(),
        value: readCorpus(db),
      }));
      verdicts = null;
    }
    return corpus.value;
  };
  return {
    corpus: currentCorpus,
    verdicts: () => {
      const value = currentCorpus();
      const at = marks.ownChanges();
      if (verdicts === null)
        verdicts = {
          at,
          tally: createVerdictTally(
            db,
            value.inCorpusOrder,
            value.planCounts,
            thresholdMentions,
            viewer.blind
              ? (r) => r.auditor === viewer.auditor && r.kind === "judge"
              : undefined,
          ),
        };
      else if (verdicts.at !== at) {
        verdicts.tally.update();
        verdicts.at = at;
      }
      return verdicts.tally;
    },
    viewer,
    thresholdMentions,
    assignment: () => assignmentOf(db, viewer.auditor),
    reread: () => {
      corpus = null;
    },
  };
}
