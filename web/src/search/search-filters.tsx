import type { JSX } from "preact";
import { FILTER_CHOICES, FILTERS, type Filter } from "./search-query.js";

/**
 * The concordance's filters: plan and region from the corpus, concept, location and source fixed; `only` those
 * named (the tabs over the query take the plan alone).
 */
export function SearchFilters(props: {
  readonly filters: Readonly<Record<Filter, string>>;
  readonly only?: readonly Filter[];
  readonly plans: readonly string[];
  readonly regions: readonly string[];
  readonly onFilter: (name: Filter, value: string) => void;
}): JSX.Element {
  const choices: Readonly<Record<Filter, readonly string[]>> = {
    plan: props.plans,
    region: props.regions,
    concept: FILTER_CHOICES.concept ?? [],
    location: FILTER_CHOICES.location ?? [],
    source: FILTER_CHOICES.source ?? [],
  };
  return (
    <fieldset class="filters">
      <legend class="sr-only">Filter the places</legend>
      {(props.only ?? FILTERS).map((f) => (
        <label key={f}>
          {f}{" "}
          <select
            id={`filter-${f}`}
            value={props.filters[f]}
            onChange={(e) => props.onFilter(f, e.currentTarget.value)}
          >
            <option value="">all</option>
            {choices[f].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
            {props.filters[f] !== "" &&
              !choices[f].includes(props.filters[f]) && (
                <option value={props.filters[f]}>{props.filters[f]}</option>
              )}
          </select>{" "}
        </label>
      ))}
    </fieldset>
  );
}
