import type { JSX } from "preact";
import { SORT_KEYS, SORT_LEVELS } from "./search-query.js";

const LEVEL_NAMES = ["Sort by", "then by", "then by"];

/** What each key sorts by, after its AntConc name. */
const KEY_NAMES: Readonly<Record<(typeof SORT_KEYS)[number], string>> = {
  R1: "R1: 1st word right",
  R2: "R2: 2nd word right",
  R3: "R3: 3rd word right",
  L1: "L1: 1st word left",
  L2: "L2: 2nd word left",
  L3: "L3: 3rd word left",
  plan: "plan",
  document: "document",
  page: "page",
};

/** The sort levels, each a choice of key (AntConc's: R1 then R2, L1 then plan); "" ends the list. */
export function SortLevels(props: {
  readonly sort: readonly string[];
  readonly onSort: (sort: string[]) => void;
}): JSX.Element {
  const set = (level: number, key: string) => {
    const next = [...props.sort];
    if (key === "") next.splice(level);
    else next[level] = key;
    props.onSort(next.filter((k, i) => k !== "" && next.indexOf(k) === i));
  };
  return (
    <fieldset class="sort-levels">
      <legend class="sr-only">Sort the concordance</legend>
      {Array.from({ length: SORT_LEVELS }, (_, level) => (
        <label key={level}>
          {LEVEL_NAMES[level]}{" "}
          <select
            id={`sort-${level + 1}`}
            value={props.sort[level] ?? ""}
            disabled={level > props.sort.length}
            onChange={(e) => set(level, e.currentTarget.value)}
          >
            <option value="">{level === 0 ? "corpus order" : "—"}</option>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {KEY_NAMES[k]}
              </option>
            ))}
          </select>{" "}
        </label>
      ))}
    </fieldset>
  );
}
