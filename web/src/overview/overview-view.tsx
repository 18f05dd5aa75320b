import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type {
  StatisticReportJson,
  CountingRuleJson,
} from "../../../pipeline/serve/api-types.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { intervalText, percent } from "../shared/format.js";
import { BroadFigure } from "./broad-figure.js";
import { OcrReliance } from "./ocr-reliance.js";
import { RegionChart } from "./region-chart.js";

/** The figure, its interval, whether it is audited, and links to the plans each number counts. */
function Figure({
  figure,
}: {
  readonly figure: StatisticReportJson;
}): JSX.Element {
  const v = figure.verdicts;
  return (
    <div class="figure">
      <p class="headline">
        <span class="tag">{figure.audited ? "audited" : "unaudited"}</span>{" "}
        <a id="numerator" href={href.plans({ status: "yes" })}>
          {figure.numerator}
        </a>{" "}
        of{" "}
        <a id="denominator" href={href.plans({ status: "read" })}>
          {figure.denominator}
        </a>{" "}
        fully read plans (<strong>{percent(figure.share)}</strong>) mention
        social value
      </p>
      <p>
        {intervalText(figure.interval)} · a plan counts with at least{" "}
        {figure.threshold} headline mention{figure.threshold === 1 ? "" : "s"}
        {" · "}
        <a href={href.plans({ status: "apart" })}>
          {figure.reportedApart.length} plan
          {figure.reportedApart.length === 1 ? "" : "s"} reported apart
        </a>
      </p>
      <p id="verdicts">
        Verdicts: <a href={href.audit()}>{v.accepted} accepted</a>, {v.rejected}{" "}
        rejected, {v.disputed} disputed, {v.pending} pending.{" "}
        {v.accepted + v.rejected + v.disputed === 0
          ? "No verdicts yet: the figure is unaudited."
          : figure.audited
            ? "Rejected mentions are left out."
            : ""}{" "}
        <a href={`#/overview${figure.audited ? "" : "?audited=1"}`}>
          {figure.audited
            ? "Show the unaudited figure"
            : "Show the audited figure"}
        </a>
      </p>
    </div>
  );
}

function ReportedApart({
  figure,
}: {
  readonly figure: StatisticReportJson;
}): JSX.Element {
  return (
    <>
      <h2>Plans reported apart</h2>
      {figure.reportedApart.length === 0 ? (
        <p>None: every plan was read in full.</p>
      ) : (
        <ul id="apart">
          {figure.reportedApart.map((a) => (
            <li key={a.plan}>
              <a href={href.plan(a.plan)}>{a.plan}</a>: {a.reasons.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The statistic under each counting rule, and the plans that flip under it. */
function Sensitivity({
  rules,
}: {
  readonly rules: readonly CountingRuleJson[];
}): JSX.Element {
  return (
    <>
      <h2>Counting rules</h2>
      <table id="sensitivity" class="grid">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Plans</th>
            <th scope="col">Share</th>
            <th scope="col">Interval</th>
            <th scope="col">Plans that flip</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.rule}>
              <td>
                <a
                  href={`#/overview?count_in=${encodeURIComponent(r.locations.join(","))}`}
                  title={r.locations.join(", ")}
                >
                  {r.rule}
                </a>
              </td>
              <td class="num">{`${r.numerator} of ${r.denominator}`}</td>
              <td class="num">{percent(r.share)}</td>
              <td>{intervalText(r.interval).replace("95% interval ", "")}</td>
              <td>
                {r.flips.length === 0
                  ? "none"
                  : r.flips.map((f, i) => (
                      <span key={f.plan}>
                        {i > 0 && ", "}
                        <a href={href.plan(f.plan)}>{f.plan}</a>
                        {`: ${f.from ? "yes" : "no"} → ${f.to ? "yes" : "no"}`}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The statistic's query from the overview's address: threshold, audited, count_in. */
function figureQuery(route: Route): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of ["threshold", "audited", "count_in"]) {
    const v = route.params.get(k);
    if (v !== null && v !== "") q.set(k, v);
  }
  return q;
}

/** Overview: the statistic and what it is made of, each figure a link to its plans or mentions. */
export function OverviewView(props: {
  readonly api: Api;
  readonly route: Route;
}): JSX.Element {
  const query = figureQuery(props.route);
  const key = query.toString();
  const loaded = useLoad(key, () => props.api.figure(query));
  useShown(loaded, key);
  const figure = loaded.state === "done" ? loaded.value : null;
  const countIn = props.route.params.get("count_in");
  return (
    <ViewFrame title="Overview" loaded={loaded}>
      {figure !== null && (
        <>
          {countIn !== null && (
            <p class="note">
              Counting only mentions in: {countIn.split(",").join(", ")} ·{" "}
              <a href={href.overview()}>count all</a>
            </p>
          )}
          <Figure figure={figure} />
          <BroadFigure figure={figure} />
          <div class="columns">
            <div>
              <h2>By region</h2>
              <RegionChart figure={figure} />
              <ReportedApart figure={figure} />
            </div>
            <div>
              <Sensitivity rules={figure.sensitivity} />
              <OcrReliance ocr={figure.ocr} />
            </div>
          </div>
        </>
      )}
    </ViewFrame>
  );
}
