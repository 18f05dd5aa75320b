import { batch, computed, signal, type ReadonlySignal } from "@preact/signals";
import type {
  CodebookJson,
  MentionJson,
  PostedVerdict,
  VerdictBefore,
  VerdictsJson,
} from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
import { createAuditList, type AuditList } from "./audit-list.js";
import type { AuditAction, ReasonAction } from "./keyboard.js";

/** The mention shown in the page view, and where it stands in the list shown (-1: not in it). */
export type Selection = {
  readonly index: number;
  readonly mention: MentionJson;
};

/** A verdict of this session that undo takes back: the mention shown as it stood, and every mention it changed. */
export type Undoable = {
  readonly mention: MentionJson;
  /** As they stood before (a group verdict changes several, each put back as it was). */
  readonly before: readonly VerdictBefore[];
};

/** What a verdict is put back as: a disputed one goes back to open, its own verdict withdrawn. */
const restoredOf = (b: VerdictBefore) =>
  b.verdict === "disputed"
    ? { verdict: "pending" as const, code: null }
    : { verdict: b.verdict, code: b.code };

/** The audit page's state, and what changes it. */
export type Audit = Omit<AuditList, "load" | "turnPage" | "replaceRow"> & {
  readonly selection: ReadonlySignal<Selection | null>;
  /** `<mention id>:<verdict>` of the last verdict stored. */
  readonly judged: ReadonlySignal<string | null>;
  /** The last piece of work that failed, in words; null once one succeeds. */
  readonly problem: ReadonlySignal<string | null>;
  /** The verdicts of this session that undo (u) takes back, the last first. */
  readonly undoable: ReadonlySignal<readonly Undoable[]>;
  /** The note being written for the mention shown (n opens it; Enter saves it); null while closed. */
  readonly noteDraft: ReadonlySignal<string | null>;
  readonly editNote: (text: string | null) => void;
  /** Stores the note written, keeping the verdict and its reason. */
  readonly saveNote: () => void;
  /** A verdict whose save failed, kept to try again (retry) rather than lost. */
  readonly failed: ReadonlySignal<string | null>;
  /** Decide every mention that reads the same as the one shown (its group) with one verdict. */
  readonly wholeGroup: ReadonlySignal<boolean>;
  readonly setWholeGroup: (on: boolean) => void;
  /** The reasons a verdict may carry (GET /api/codes); null until read. */
  readonly codebook: ReadonlySignal<CodebookJson | null>;
  /** The reason chosen for the next verdict (a code id), "" for none; cleared once a verdict takes it. */
  readonly reason: ReadonlySignal<string>;
  readonly chooseReason: (code: string) => void;
  /** The serve auditor codes blind: the list holds only their own verdicts, notes and reasons. */
  readonly blind: ReadonlySignal<boolean>;
  /** Reads the list from its first page. */
  readonly start: () => void;
  readonly select: (index: number) => void;
  /** Shows the page of the list before or after, if there is one. */
  readonly turnPage: (by: 1 | -1) => void;
  readonly act: (action: AuditAction) => void;
  /** Says what went wrong, for work outside these actions (drawing a page). */
  readonly report: (error: unknown) => void;
};

/** The audit page's state on `api`; nothing is read until `start`. */
export function createAudit(api: Api): Audit {
  const problem = signal<string | null>(null);
  const report = (error: unknown) => {
    problem.value = error instanceof Error ? error.message : String(error);
  };
  const failed = signal<string | null>(null);
  let retry: (() => Promise<unknown>) | null = null;
  const run = (work: () => Promise<unknown>) => {
    work().then(() => {
      problem.value = null;
    }, report);
  };
  /** Runs a save; when it fails, says so and keeps it to try again (the retry action). */
  const save = (what: string, work: () => Promise<unknown>) => {
    work().then(
      () => {
        problem.value = null;
        failed.value = null;
        retry = null;
      },
      (error: unknown) => {
        report(error);
        failed.value = what;
        retry = work;
      },
    );
  };
  const list = createAuditList(api, run);
  const shown = signal<MentionJson | null>(null);
  const judged = signal<string | null>(null);
  const codebook = signal<CodebookJson | null>(null);
  const reason = signal("");
  const undoable = signal<readonly Undoable[]>([]);
  const noteDraft = signal<string | null>(null);
  const wholeGroup = signal(false);
  const blind = computed(() => list.listed.value?.blind ?? false);
  const selection = computed((): Selection | null => {
    const m = shown.value;
    if (m === null) return null;
    const rows = list.listed.value?.rows ?? [];
    return { index: rows.findIndex((r) => r.id === m.id), mention: m };
  });

  const select = (index: number) => {
    const m = list.listed.value?.rows[index];
    if (m !== undefined) shown.value = m;
  };

  /** Shows a stored verdict: the rows it applied to, the mention shown, the statistic after it. */
  const showStored = (
    m: MentionJson,
    answer: VerdictsJson,
    stored: (id: string) => Pick<MentionJson, "verdict" | "code">,
    note?: string,
  ): MentionJson => {
    const now = { ...m, ...stored(m.id), note: note ?? m.note };
    batch(() => {
      for (const row of list.listed.value?.rows ?? [])
        if (row.id !== m.id && answer.applied.includes(row.id))
          list.replaceRow({ ...row, ...stored(row.id) });
      list.replaceRow(now);
      if (shown.value?.id === m.id) shown.value = now;
      list.statistic.value = answer.statistic;
      judged.value = `${m.id}:${now.verdict}`;
      reason.value = "";
    });
    return now;
  };

  /**
   * Stores a verdict on the mention shown, with its reason (`code`, null for none; the server checks it fits the
   * verdict); without a note, moves on to the next one in the list.
   */
  const judge = async (
    at: Selection | null,
    verdict: PostedVerdict,
    code: string | null,
    note?: string,
  ) => {
    if (at === null) return;
    const m = at.mention;
    // A group is decided at once (one request); a note concerns the one mention.
    const ids = wholeGroup.value && note === undefined ? m.group : [m.id];
    const answer = await api.postVerdicts({
      ids,
      verdict,
      code,
      ...(note === undefined ? {} : { note }),
    });
    const now = showStored(m, answer, () => ({ verdict, code }), note);
    undoable.value = [
      { mention: m, before: answer.before },
      ...undoable.value,
    ].slice(0, 50);
    if (verdict === "pending" || note !== undefined) return;
    // Moves on only from the mention shown (a retried save of an earlier one leaves the analyst where they are).
    if (shown.value?.id !== now.id) return;
    if (at.index + 1 < (list.listed.value?.rows.length ?? 0))
      select(at.index + 1);
    else if (await list.turnPage(1)) select(0);
  };

  const addNote = async (note: string) => {
    const m = shown.value;
    if (!m || note.trim() === "") return;
    noteDraft.value = null;
    // A note keeps the verdict and its reason as they stand.
    await judge(
      selection.value,
      m.verdict === "disputed" ? "pending" : m.verdict,
      m.verdict === "disputed" ? null : m.code,
      note,
    );
  };

  /** The chosen reason, if any, with the verdict of a button or its key. */
  const chosen = () => (reason.value === "" ? null : reason.value);

  /** Judges with the reason whose key is pressed: the codebook says which verdict it gives. */
  const judgeWithReason = async (
    at: Selection | null,
    action: ReasonAction,
  ) => {
    const key = Number(action.slice("reason-".length));
    const code = codebook.value?.codes.find((c) => c.key === key);
    if (code !== undefined) await judge(at, code.countsAs, code.id);
  };

  /**
   * Takes back the last verdict of this session: every mention it changed (the whole group, for a group verdict)
   * goes back to how it stood, one request for each verdict and reason they had, and the mention is shown.
   */
  const undo = async () => {
    const [last, ...rest] = undoable.value;
    if (last === undefined) return;
    const m = last.mention;
    const index = list.listed.value?.rows.findIndex((r) => r.id === m.id) ?? -1;
    if (index >= 0) select(index);
    else shown.value = m;
    const restored = new Map(last.before.map((b) => [b.id, restoredOf(b)]));
    const byState = new Map<string, string[]>();
    for (const [id, r] of restored) {
      const key = JSON.stringify([r.verdict, r.code]);
      byState.set(key, [...(byState.get(key) ?? []), id]);
    }
    for (const [key, ids] of byState) {
      const [verdict, code] = JSON.parse(key) as [PostedVerdict, string | null];
      const answer = await api.postVerdicts({ ids, verdict, code });
      showStored(m, answer, (id) => restored.get(id) ?? restoredOf(m));
    }
    undoable.value = rest;
  };

  const step = (by: 1 | -1) => select((selection.value?.index ?? -1) + by);

  const actions: Record<AuditAction, () => void> = {
    accept: () => {
      const [at, code] = [selection.value, chosen()];
      save("accept", () => judge(at, "accepted", code));
    },
    reject: () => {
      const [at, code] = [selection.value, chosen()];
      save("reject", () => judge(at, "rejected", code));
    },
    note: () => {
      if (shown.value !== null) noteDraft.value = shown.value.note ?? "";
    },
    undo: () => save("undo", undo),
    group: () => {
      wholeGroup.value = !wholeGroup.value;
    },
    retry: () => {
      if (retry !== null) save(failed.value ?? "retry", retry);
    },
    next: () => step(1),
    back: () => step(-1),
    ...(Object.fromEntries(
      ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => [
        `reason-${n}`,
        () => {
          const at = selection.value;
          save(`reason ${n}`, () => judgeWithReason(at, `reason-${n}`));
        },
      ]),
    ) as Record<ReasonAction, () => void>),
  };

  return {
    filters: list.filters,
    plans: list.plans,
    listed: list.listed,
    statistic: list.statistic,
    setFilter: list.setFilter,
    turnPage: (by) => run(() => list.turnPage(by)),
    selection,
    judged,
    problem,
    codebook,
    undoable,
    wholeGroup,
    setWholeGroup: (on) => {
      wholeGroup.value = on;
    },
    noteDraft,
    editNote: (text) => {
      noteDraft.value = text;
    },
    saveNote: () => {
      const text = noteDraft.value ?? "";
      save("note", () => addNote(text));
    },
    failed,
    reason,
    chooseReason: (code) => {
      reason.value = code;
    },
    blind,
    start: () =>
      run(async () => {
        codebook.value = await api.codes();
        await list.load("first page");
      }),
    select,
    act: (action) => actions[action](),
    report,
  };
}
