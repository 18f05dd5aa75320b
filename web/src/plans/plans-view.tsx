import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type { PlanRowJson } from "../../../pipeline/serve/api-types.js";
import { navigate } from "../shell/navigate.js";
import { href, withParams, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { TableDownloads } from "../shared/download.js";
import { SortHeader } from "../shared/sort-header.js";
import { sortRows, type SortValue } from "../shared/sort-rows.js";

/** Whether a plan counts yes, no, or is reported apart. */
const standingOf = (p: PlanRowJson): "yes" | "no" | "apart" =>
  p.reported_apart || p.mentions_social_value === null
    ? "apart"
    : p.mentions_social_value
      ? "yes"
      : "no";

const flagsOf = (p: PlanRowJson): string => p.quality_flags.join(", ");

/** The table's columns: heading, sort value, and whether it is a number. */
const COLUMNS: readonly (readonly [
  string,
  string,
  (p: PlanRowJson) => SortValue,
  boolean,
])[] = [
  ["plan", "Plan", (p) => p.plan_name || p.plan_id, false],
  ["region", "Region", (p) => p.region, false],
  ["status", "Mentions social value", standingOf, false],
  ["headline", "Headline", (p) => p.headline_mentions, true],
  ["related", "Related", (p) => p.related_mentions, true],
  ["documents", "Documents", (p) => p.documents, true],
  ["pages", "Pages", (p) => p.pages, true],
  [
    "flags",
    "Quality flags",
    (p) => flagsOf(p) || p.reported_apart_reasons,
    false,
  ],
];

/** The statuses the filter offers: "read" is every fully read plan (the figure's denominator). */
const STATUSES: readonly (readonly [string, string])[] = [
  ["", "all"],
  ["yes", "mentions social value"],
  ["no", "does not mention it"],
  ["read", "fully read (yes or no)"],
  ["apart", "reported apart"],
];

/** Whether a plan passes the filters of the address (region, status, words of its id, name or region). */
function passes(p: PlanRowJson, params: URLSearchParams): boolean {
  const region = params.get("region") ?? "";
  const status = params.get("status") ?? "";
  const words = (params.get("q") ?? "").trim().toLowerCase();
  const standing = standingOf(p);
  return (
    (region === "" || p.region === region) &&
    (status === "" ||
      status === standing ||
      (status === "read" && standing !== "apart")) &&
    (words === "" ||
      `${p.plan_id} ${p.plan_name} ${p.region}`.toLowerCase().includes(words))
  );
}

function PlanFilters(props: {
  readonly route: Route;
  readonly regions: readonly string[];
}): JSX.Element {
  const { params } = props.route;
  const set = (k: string, v: string, replace = false) =>
    navigate(
      href.plans(Object.fromEntries(withParams(props.route, { [k]: v }))),
      replace,
    );
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Region{" "}
        <select
          id="plan-region"
          value={params.get("region") ?? ""}
          onChange={(e) => set("region", e.currentTarget.value)}
        >
          <option value="">all</option>
          {props.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{" "}
        <select
          id="plan-status"
          value={params.get("status") ?? ""}
          onChange={(e) => set("status", e.currentTarget.value)}
        >
          {STATUSES.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Words{" "}
        <input
          id="plan-text"
          type="search"
          value={params.get("q") ?? ""}
          placeholder="plan or region"
          onInput={(e) => set("q", e.currentTarget.value, true)}
        />
      </label>
    </form>
  );
}

function PlanRow({ p }: { readonly p: PlanRowJson }): JSX.Element {
  const standing = standingOf(p);
  return (
    <tr data-plan={p.plan_id}>
      <td>
        <a href={href.plan(p.plan_id)}>{p.plan_name || p.plan_id}</a>{" "}
        <span class="dim">{p.plan_id}</span>
      </td>
      <td>{p.region}</td>
      <td class={`st-${standing}`}>
        {standing === "apart" ? "reported apart" : standing}
      </td>
      <td class="num">{p.headline_mentions}</td>
      <td class="num">{p.related_mentions}</td>
      <td class="num">{p.documents}</td>
      <td class="num">{p.pages}</td>
      <td>{flagsOf(p) || p.reported_apart_reasons}</td>
    </tr>
  );
}

/** Plans: every plan with its counts and standing, sorted by any column, filtered by region, status, words. */
export function PlansView(props: {
  readonly api: Api;
  readonly route: Route;
}): JSX.Element {
  const loaded = useLoad("plans", () => props.api.plans());
  const { route } = props;
  useShown(loaded, "plans", route.params.toString());
  const all = loaded.state === "done" ? loaded.value.plans : [];
  const sortedBy = route.params.get("sort") ?? "plan";
  const descending = route.params.get("dir") === "desc";
  const column = COLUMNS.find((c) => c[0] === sortedBy) ?? COLUMNS[0];
  const rows = sortRows(
    all.filter((p) => passes(p, route.params)),
    column?.[2] ?? (() => null),
    descending,
  );
  const regions = [...new Set(all.map((p) => p.region))]
    .filter((r) => r !== "")
    .sort();
  const onSort = (c: string, desc: boolean) =>
    navigate(
      href.plans(
        Object.fromEntries(
          withParams(route, { sort: c, dir: desc ? "desc" : "" }),
        ),
      ),
      true,
    );
  return (
    <ViewFrame title="Plans" loaded={loaded}>
      <PlanFilters route={route} regions={regions} />
      <div class="toolbar">
        <p id="plan-count" role="status">
          {`${rows.length} of ${all.length} plans`}
        </p>
        <span class="dim">
          Every plan with the columns of <code>stp-scan export plans</code>:
        </span>
        <TableDownloads
          api={props.api}
          path={(format) => `/api/export/plans?format=${format}`}
          name="plans"
          idPrefix="plans-download"
        />
      </div>
      <div class="table-wrap">
        <table id="plans" class="grid">
          <thead>
            <tr>
              {COLUMNS.map(([c, label, , numeric]) => (
                <SortHeader
                  key={c}
                  label={label}
                  column={c}
                  sortedBy={sortedBy}
                  descending={descending}
                  onSort={onSort}
                  numeric={numeric}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <PlanRow key={p.plan_id} p={p} />
            ))}
          </tbody>
        </table>
      </div>
    </ViewFrame>
  );
}
