import type { JSX } from "preact";
import { useFollowedValue } from "../shared/follow-prop.js";
import { MODES, type Mode } from "./search-query.js";

const MODE_NAMES: Readonly<Record<Mode, string>> = {
  phrase: "phrase (stemmed, * and ? allowed)",
  glob: "glob",
  regex: "regular expression",
  exact: "exact words",
};

/** The query box and its mode; the search runs on Enter or the button, not on every key. */
export function SearchForm(props: {
  readonly q: string;
  readonly mode: Mode;
  readonly onSearch: (q: string, mode: Mode) => void;
}): JSX.Element {
  const [q, setQ] = useFollowedValue(props.q);
  const [mode, setMode] = useFollowedValue<Mode>(props.mode);
  return (
    <form
      class="search-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim() !== "") props.onSearch(q.trim(), mode);
      }}
    >
      <label>
        Query{" "}
        <input
          id="q"
          type="search"
          size={32}
          value={q}
          placeholder="social valu*"
          onInput={(e) => setQ(e.currentTarget.value)}
        />
      </label>{" "}
      <label>
        Mode{" "}
        <select
          id="mode"
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as Mode)}
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_NAMES[m]}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="submit" id="search-go">
        Search
      </button>
    </form>
  );
}
