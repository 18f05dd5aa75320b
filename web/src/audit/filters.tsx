import type { JSX } from "preact";
import { LOCATIONS } from "../../../pipeline/types.js";
import type { Filters } from "./audit-list.js";
import type { Audit } from "./audit-state.js";

/** The choices of the fixed filters; "" ("all") comes first in each. */
const CONCEPTS = ["social-value", "related"];
const VERDICTS = ["pending", "accepted", "rejected", "disputed"];

function Choice(props: {
  readonly audit: Audit;
  readonly name: keyof Filters;
  readonly choices: readonly string[];
}): JSX.Element {
  const { audit, name } = props;
  return (
    <label>
      {name}{" "}
      <select
        id={`f-${name}`}
        value={audit.filters.value[name]}
        onChange={(e) => audit.setFilter(name, e.currentTarget.value)}
      >
        <option value="">all</option>
        {props.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>{" "}
    </label>
  );
}

/** The list's filters: plan, concept, verdict, location, and words of the passage or the plan's name. */
export function FilterBar({ audit }: { readonly audit: Audit }): JSX.Element {
  return (
    <div id="filters">
      <Choice audit={audit} name="plan" choices={audit.plans.value} />
      <Choice audit={audit} name="concept" choices={CONCEPTS} />
      <Choice audit={audit} name="verdict" choices={VERDICTS} />
      <Choice audit={audit} name="location" choices={LOCATIONS} />
      <label>
        order{" "}
        <select
          id="f-order"
          value={audit.filters.value.order}
          onChange={(e) => audit.setFilter("order", e.currentTarget.value)}
        >
          <option value="">as listed</option>
          <option value="decisive">most decisive first</option>
        </select>{" "}
      </label>
      <input
        id="f-text"
        type="search"
        placeholder="plan or words"
        size={18}
        aria-label="filter by plan name or words of the passage"
        value={audit.filters.value.text}
        onInput={(e) => audit.setFilter("text", e.currentTarget.value)}
      />
    </div>
  );
}
