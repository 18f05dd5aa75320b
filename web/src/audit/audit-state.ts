import { batch, signal, type ReadonlySignal } from "@preact/signals";
import type {
  MentionJson,
  PostedVerdict,
  StatisticJson,
} from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
import type { AuditAction } from "./keyboard.js";

/** The list's filters as the analyst set them; "" is "all". */
export type Filters = {
  readonly plan: string;
  readonly concept: string;
  readonly verdict: string;
  readonly location: string;
  /** Words of the passage, or of the plan's id or name. */
  readonly text: string;
};

/** The filters with a choice (`<select>`), in the order the list's query names them. */
export const CHOICE_FILTERS = [
  "plan",
  "concept",
  "verdict",
  "location",
] as const;

/** One page of the list as it is shown. */
export type Listed = {
  readonly rows: readonly MentionJson[];
  readonly total: number;
  /** 0-based index of the first row in the filtered list. */
  readonly offset: number;
  readonly pageSize: number;
  /** The query the page was asked with, as sent (`offset=0&q=coast+VALE`). */
  readonly query: string;
};

/** The mention shown in the page view, and where it stands in the list shown (-1: not in it). */
export type Selection = {
  readonly index: number;
  readonly mention: MentionJson;
};

/** The audit page's state, and what changes it. */
export type Audit = {
  readonly filters: ReadonlySignal<Filters>;
  /** Plans with mentions (the plan filter's choices), from the first list. */
  readonly plans: ReadonlySignal<readonly string[]>;
  readonly listed: ReadonlySignal<Listed | null>;
  readonly statistic: ReadonlySignal<StatisticJson | null>;
  readonly selection: ReadonlySignal<Selection | null>;
  /** `<mention id>:<verdict>` of the last verdict stored. */
  readonly judged: ReadonlySignal<string | null>;
  /** The last request that failed, in words; null once one succeeds. */
  readonly problem: ReadonlySignal<string | null>;
  /** Reads the list again, from its first page. */
  readonly start: () => void;
  readonly setFilter: (name: keyof Filters, value: string) => void;
  readonly turnPage: (step: 1 | -1) => void;
  readonly select: (index: number) => void;
  readonly act: (action: AuditAction) => void;
  /** Says what went wrong in the page, for work outside these actions (drawing a page). */
  readonly report: (error: unknown) => void;
};

/** Typing in the words filter asks for the list this long after the last key. */
const TYPING_MS = 200;

/** The list's query: offset, the choices set, then the words. */
function queryOf(filters: Filters, offset: number): URLSearchParams {
  const q = new URLSearchParams({ offset: String(offset) });
  for (const k of CHOICE_FILTERS) if (filters[k] !== "") q.set(k, filters[k]);
  const words = filters.text.trim();
  if (words !== "") q.set("q", words);
  return q;
}

/** The audit page's state on `api`; nothing is read until `start`. */
export function createAudit(api: Api): Audit {
  const filters = signal<Filters>({
    plan: "",
    concept: "",
    verdict: "",
    location: "",
    text: "",
  });
  const plans = signal<readonly string[]>([]);
  const listed = signal<Listed | null>(null);
  const statistic = signal<StatisticJson | null>(null);
  const selection = signal<Selection | null>(null);
  const judged = signal<string | null>(null);
  const problem = signal<string | null>(null);
  let offset = 0;
  let asked = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const report = (error: unknown) => {
    problem.value = error instanceof Error ? error.message : String(error);
  };
  const run = (work: () => Promise<void>) => {
    work().then(() => {
      problem.value = null;
    }, report);
  };

  /** Reads the list at `offset` with the filters; an answer overtaken by a later request is dropped. */
  const loadList = async (): Promise<void> => {
    const ticket = ++asked;
    const query = queryOf(filters.value, offset);
    const page = await api.mentions(query);
    const stat = await api.statistic();
    if (ticket !== asked) return;
    const shown = selection.value;
    batch(() => {
      listed.value = { ...page, query: query.toString() };
      statistic.value = stat;
      if (plans.value.length === 0) plans.value = page.plans;
      if (shown !== null)
        selection.value = {
          ...shown,
          index: page.rows.findIndex((m) => m.id === shown.mention.id),
        };
    });
  };

  const select = (index: number) => {
    const m = listed.value?.rows[index];
    if (m !== undefined) selection.value = { index, mention: m };
  };

  /** Stores a verdict on the mention shown; without a note, moves on to the next one in the list. */
  const judge = async (verdict: PostedVerdict, note?: string) => {
    const shown = selection.value;
    if (shown === null) return;
    const m = shown.mention;
    const answer = await api.postVerdict({
      id: m.id,
      verdict,
      ...(note === undefined ? {} : { note }),
    });
    const judgedMention = { ...m, verdict, note: note ?? m.note };
    batch(() => {
      const list = listed.value;
      if (list !== null)
        listed.value = {
          ...list,
          rows: list.rows.map((r) => (r.id === m.id ? judgedMention : r)),
        };
      if (selection.value?.mention.id === m.id)
        selection.value = { ...shown, mention: judgedMention };
      statistic.value = answer.statistic;
      judged.value = `${m.id}:${verdict}`;
    });
    if (verdict === "pending" || note !== undefined) return;
    const list = listed.value;
    if (list === null) return;
    if (shown.index + 1 < list.rows.length) select(shown.index + 1);
    else if (offset + list.pageSize < list.total) {
      offset += list.pageSize;
      await loadList();
      select(0);
    }
  };

  const addNote = async () => {
    const m = selection.value?.mention;
    const note = m && prompt(`Note for ${m.id}`);
    if (!m || !note) return;
    await judge(m.verdict === "disputed" ? "pending" : m.verdict, note);
  };

  const step = (by: 1 | -1) => select((selection.value?.index ?? -1) + by);

  const turnPage = (by: 1 | -1) => {
    const list = listed.value;
    if (list === null) return;
    const next = offset + by * list.pageSize;
    if (next < 0 || next >= list.total) return;
    offset = next;
    run(loadList);
  };

  const setFilter = (name: keyof Filters, value: string) => {
    filters.value = { ...filters.value, [name]: value };
    clearTimeout(typing);
    const reload = () => {
      offset = 0;
      run(loadList);
    };
    if (name === "text") typing = setTimeout(reload, TYPING_MS);
    else reload();
  };

  const actions: Record<AuditAction, () => void> = {
    accept: () => run(() => judge("accepted")),
    reject: () => run(() => judge("rejected")),
    note: () => run(addNote),
    next: () => step(1),
    back: () => step(-1),
  };

  return {
    filters,
    plans,
    listed,
    statistic,
    selection,
    judged,
    problem,
    start: () => {
      offset = 0;
      run(loadList);
    },
    setFilter,
    turnPage,
    select,
    act: (action) => actions[action](),
    report,
  };
}
