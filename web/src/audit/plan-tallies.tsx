import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type { StatisticReportJson } from "../../../pipeline/serve/api-types.js";
import type { Audit } from "./audit-state.js";

/**
 * The plans whose yes/no still hangs on open headline mentions (`stats --audited`'s plans that can change), each
 * with what it still needs: how many more accepted of its open ones; a plan's name filters the list to it. Read
 * again after each verdict.
 */
export function PlanTallies(props: {
  readonly api: Api;
  readonly audit: Audit;
}): JSX.Element | null {
  const { api, audit } = props;
  const [figure, setFigure] = useState<StatisticReportJson | null>(null);
  const judged = audit.judged.value;
  useEffect(() => {
    api
      .figure(new URLSearchParams({ audited: "1" }))
      .then(setFigure, audit.report);
  }, [judged]);
  const plans = figure?.plansThatCanChange ?? [];
  if (figure === null) return null;
  return (
    <details id="tallies" open={plans.length > 0}>
      <summary>
        {plans.length === 0
          ? "No plan's outcome hangs on an open mention"
          : `${plans.length} ${plans.length === 1 ? "plan" : "plans"} still to decide`}
      </summary>
      <ul>
        {plans.map((p) => (
          <li key={p.plan}>
            <button
              type="button"
              class="link"
              onClick={() => audit.setFilter("plan", p.plan)}
            >
              {p.plan}
            </button>
            : {p.accepted} accepted, needs{" "}
            {Math.max(0, figure.threshold - p.accepted)} more of {p.open} open
          </li>
        ))}
      </ul>
    </details>
  );
}
