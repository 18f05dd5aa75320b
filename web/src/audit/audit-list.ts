import {
  batch,
  signal,
  type ReadonlySignal,
  type Signal,
} from "@preact/signals";
import type {
  MentionJson,
  StatisticJson,
} from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";

/** The list's filters as the analyst set them; "" is "all". */
export type Filters = {
  readonly plan: string;
  readonly concept: string;
  readonly verdict: string;
  readonly location: string;
  /** Words of the passage, or of the plan's id or name. */
  readonly text: string;
  /** "" for the list's order (plan, document, page); "decisive" for the open mentions, most decisive first. */
  readonly order: string;
};

/** The filters with a choice (`<select>`), in the order the list's query names them. */
const CHOICE_FILTERS = [
  "plan",
  "concept",
  "verdict",
  "location",
  "order",
] as const;

/** One page of the list as it is shown. */
export type Listed = {
  readonly rows: readonly MentionJson[];
  readonly total: number;
  /** 0-based index of the first row in the filtered list. */
  readonly offset: number;
  readonly pageSize: number;
  /** The serve auditor codes blind: every verdict, note and reason shown is their own. */
  readonly blind: boolean;
  /** The query the page was asked with, as sent (`offset=0&q=coast+VALE`). */
  readonly query: string;
};

/** The list of mentions: its filters, the page shown, and the statistic read with it. */
export type AuditList = {
  readonly filters: ReadonlySignal<Filters>;
  /** Plans with mentions (the plan filter's choices), from the first list. */
  readonly plans: ReadonlySignal<readonly string[]>;
  readonly listed: ReadonlySignal<Listed | null>;
  /** Read with each list, and set from each verdict's answer. */
  readonly statistic: Signal<StatisticJson | null>;
  /** Reads the list at the page shown, or from its first page. */
  readonly load: (from?: "first page") => Promise<void>;
  readonly setFilter: (name: keyof Filters, value: string) => void;
  /** Shows the page before or after; false when there is none. */
  readonly turnPage: (by: 1 | -1) => Promise<boolean>;
  /** Shows a mention's row as it now stands (after a verdict). */
  readonly replaceRow: (m: MentionJson) => void;
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

/** The list on `api`; `run` runs work the page does not wait for, and says when it fails. */
export function createAuditList(
  api: Api,
  run: (work: () => Promise<unknown>) => void,
): AuditList {
  const filters = signal<Filters>({
    plan: "",
    concept: "",
    verdict: "",
    location: "",
    text: "",
    order: "",
  });
  const plans = signal<readonly string[]>([]);
  const listed = signal<Listed | null>(null);
  const statistic = signal<StatisticJson | null>(null);
  let offset = 0;
  let asked = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  // An answer overtaken by a later request (typing in the filter) is dropped.
  const load = async (from?: "first page") => {
    if (from !== undefined) offset = 0;
    const ticket = ++asked;
    const query = queryOf(filters.value, offset);
    const page = await api.mentions(query);
    const stat = await api.statistic();
    if (ticket !== asked) return;
    batch(() => {
      listed.value = { ...page, query: query.toString() };
      statistic.value = stat;
      if (plans.value.length === 0) plans.value = page.plans;
    });
  };

  const turnPage = async (by: 1 | -1) => {
    const list = listed.value;
    const next = offset + by * (list?.pageSize ?? 0);
    if (list === null || next < 0 || next >= list.total) return false;
    offset = next;
    await load();
    return true;
  };

  const setFilter = (name: keyof Filters, value: string) => {
    filters.value = { ...filters.value, [name]: value };
    clearTimeout(typing);
    const reload = () => run(() => load("first page"));
    if (name === "text") typing = setTimeout(reload, TYPING_MS);
    else reload();
  };

  const replaceRow = (m: MentionJson) => {
    const list = listed.value;
    if (list !== null)
      listed.value = {
        ...list,
        rows: list.rows.map((r) => (r.id === m.id ? m : r)),
      };
  };

  return {
    filters,
    plans,
    listed,
    statistic,
    load,
    setFilter,
    turnPage,
    replaceRow,
  };
}
