import type { Signal } from "@preact/signals";
import type { JSX } from "preact";
import { useEffect } from "preact/hooks";
import { markBody } from "../test-marks.js";
import type { Audit } from "./audit-state.js";
import { FilterBar } from "./filters.js";
import { useAuditKeys } from "./keyboard.js";
import { MentionList } from "./mention-list.js";
import { PlanTallies } from "./plan-tallies.js";
import type { Api } from "../api/client.js";
import { PageView, type PdfPages } from "./page-view.js";
import { VerdictBar } from "./verdict-bar.js";

const BUSY =
  "The database is busy (another stp-scan command is writing to it); trying again…";

/** The audited statistic and the verdicts so far, or why the app is waiting. */
function Statistic(props: {
  readonly audit: Audit;
  readonly waiting: Signal<boolean>;
}): JSX.Element {
  const s = props.audit.statistic.value;
  const text = props.waiting.value
    ? BUSY
    : s === null
      ? ""
      : `${s.line} — ${s.counts.accepted} accepted, ${s.counts.rejected} rejected, ${s.counts.pending} pending.`;
  return <p id="stat">{text}</p>;
}

/** The audit page: the list and its filters on one side, the selected mention's page on the other. */
export function AuditApp(props: {
  readonly api: Api;
  readonly audit: Audit;
  readonly pages: PdfPages;
  /** True while another stp-scan command holds the database (the API client waits). */
  readonly waiting: Signal<boolean>;
}): JSX.Element {
  const { audit } = props;
  useAuditKeys(audit.act);
  const listed = audit.listed.value;
  useEffect(() => {
    if (listed === null) return;
    markBody("listed", listed.query);
    markBody("loaded", "1");
  }, [listed]);
  const judged = audit.judged.value;
  useEffect(() => {
    if (judged !== null) markBody("judged", judged);
  }, [judged]);
  const problem = audit.problem.value;
  return (
    <>
      <div id="side">
        <FilterBar audit={audit} />
        <Statistic audit={audit} waiting={props.waiting} />
        <PlanTallies api={props.api} audit={audit} />
        {problem !== null && (
          <p id="problem" role="alert">
            {problem}
            {audit.failed.value !== null && (
              <>
                {" "}
                (not saved: the {audit.failed.value} is kept){" "}
                <button
                  type="button"
                  id="retry"
                  onClick={() => audit.act("retry")}
                >
                  Try again
                </button>
              </>
            )}
          </p>
        )}
        <MentionList audit={audit} />
      </div>
      <div id="main">
        <VerdictBar audit={audit} />
        <PageView api={props.api} audit={audit} pages={props.pages} />
      </div>
    </>
  );
}
