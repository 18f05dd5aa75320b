import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type {
  DocumentJson,
  MentionRowJson,
  PlanJson,
} from "../../../pipeline/serve/api-types.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { DispersionPlot, type Strip } from "../shared/dispersion.js";
import { fileName } from "../shared/format.js";
import { PageClassStrip } from "./page-classes.js";

/** One strip per document with pages, a mark per mention at its page. */
export function mentionStrips(plan: PlanJson): Strip[] {
  return plan.documents
    .filter((d) => (d.pages ?? 0) > 0 && d.status !== "duplicate")
    .map((d) => ({
      label: fileName(d.document),
      document: d.document,
      pages: d.pages ?? 1,
      ticks: plan.mentions
        .filter((m) => m.document === d.document)
        .map((m) => ({
          page: m.page,
          along: 0.5,
          label: `${fileName(d.document)} page ${m.page}: ${m.surface}`,
          href: href.page(d.document, m.page, { mention: m.mention_id }),
        })),
    }));
}

function DocumentRow({ d }: { readonly d: DocumentJson }): JSX.Element {
  return (
    <tr data-document={d.document}>
      <td>
        {(d.pages ?? 0) > 0 ? (
          <a href={href.page(d.document, 1)}>{fileName(d.document)}</a>
        ) : (
          fileName(d.document)
        )}
      </td>
      <td class={d.status === "ok" ? undefined : "warn"}>
        {d.status}
        {d.error !== null && d.error !== "" ? `: ${d.error}` : ""}
        {d.duplicate_of !== null ? ` of ${fileName(d.duplicate_of)}` : ""}
      </td>
      <td class="num">{d.pages ?? "–"}</td>
      <td>
        {d.page_classes !== undefined && d.page_classes.length > 0 && (
          <PageClassStrip document={d.document} classes={d.page_classes} />
        )}
      </td>
      <td>{d.warnings.join("; ")}</td>
    </tr>
  );
}

function MentionRow({ m }: { readonly m: MentionRowJson }): JSX.Element {
  return (
    <tr data-mention={m.mention_id}>
      <td>
        <a href={href.page(m.document, m.page, { mention: m.mention_id })}>
          {`${fileName(m.document)} p${m.page}`}
        </a>
      </td>
      <td class="left">{m.left_context}</td>
      <td class="hit">{m.surface}</td>
      <td>{m.right_context}</td>
      <td>{m.term_id}</td>
      <td>{m.location ?? ""}</td>
      <td>{m.source}</td>
      <td class={`v-${m.verdict}`}>{m.verdict}</td>
    </tr>
  );
}

/** A plan's page: its documents (status, pages, page classes, warnings), where its mentions fall, and them. */
export function PlanView(props: {
  readonly api: Api;
  readonly route: Route;
}): JSX.Element {
  const id = props.route.ids[0] ?? "";
  const loaded = useLoad(`plan:${id}`, () => props.api.plan(id));
  useShown(loaded, `plan:${id}`);
  const data = loaded.state === "done" ? loaded.value : null;
  const plan = data?.plan;
  return (
    <ViewFrame
      title={plan ? `Plan: ${plan.plan_name || plan.plan_id}` : `Plan ${id}`}
      loaded={loaded}
    >
      {data !== null && plan !== undefined && (
        <>
          <p>
            {plan.region} · {plan.headline_mentions} headline and{" "}
            {plan.related_mentions} related mentions ·{" "}
            {plan.reported_apart
              ? `reported apart: ${plan.reported_apart_reasons}`
              : plan.mentions_social_value
                ? "mentions social value"
                : "does not mention social value"}{" "}
            ·{" "}
            <a href={href.search({ q: "social value", plan: plan.plan_id })}>
              search this plan
            </a>
          </p>
          <h2>Documents</h2>
          <div class="table-wrap">
            <table id="documents" class="grid">
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="num">
                    Pages
                  </th>
                  <th scope="col">Page classes</th>
                  <th scope="col">Warnings</th>
                </tr>
              </thead>
              <tbody>
                {data.documents.map((d) => (
                  <DocumentRow key={d.document} d={d} />
                ))}
              </tbody>
            </table>
          </div>
          <h2>Where the mentions fall</h2>
          <DispersionPlot
            id="plan-plot"
            strips={mentionStrips(data)}
            title={`Mentions along each document of ${plan.plan_id}`}
          />
          <h2>Mentions ({data.mentions.length})</h2>
          <div class="table-wrap">
            <table id="mentions" class="grid kwic">
              <thead>
                <tr>
                  <th scope="col">Page</th>
                  <th scope="col" class="left">
                    Left
                  </th>
                  <th scope="col">Mention</th>
                  <th scope="col">Right</th>
                  <th scope="col">Term</th>
                  <th scope="col">Location</th>
                  <th scope="col">Source</th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {data.mentions.map((m) => (
                  <MentionRow key={m.mention_id} m={m} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ViewFrame>
  );
}
