import {
  readMentions,
  readVerdictRows,
  type Db,
  type StoredMention,
} from "../store/index.js";
import type { EffectiveVerdict } from "../types.js";
import { codedPassageVerdicts } from "./coded-verdicts.js";
import { effectiveVerdicts } from "./verdicts.js";

/** A mention row as exported (columns of the CLI contract, then extras): the stored row with its verdict. */
export type MentionRow = StoredMention & {
  /** Its effective verdict (effectiveVerdicts), `pending` when nobody has judged it. */
  verdict: EffectiveVerdict;
  /** The latest note given with a verdict, if any. */
  note: string | null;
};

/**
 * Every mention of the documents still in the corpus, in corpus order, with its effective verdict; a coded passage
 * carries its coder's judgement first (codedPassageVerdicts).
 */
export function loadMentions(db: Db): MentionRow[] {
  const states = effectiveVerdicts([
    ...codedPassageVerdicts(db),
    ...readVerdictRows(db),
  ]);
  return readMentions(db).map((m) => {
    const state = states.get(m.mention_id);
    return {
      ...m,
      verdict: state?.verdict ?? "pending",
      note: state?.note ?? null,
    };
  });
}
