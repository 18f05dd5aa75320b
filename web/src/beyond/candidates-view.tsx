import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type {
  BroadJson,
  CandidateJson,
} from "../../../pipeline/serve/api-types.js";
import { fileName } from "../shared/format.js";
import { Pager } from "../shared/pager.js";
import { navigate } from "../shell/navigate.js";
import { href, withParams, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";

/** Candidates a page of the queue shows: a screenful to read, never the whole ranking in the page. */
const PAGE_ROWS = 25;

/** Coded passages per plan under the broad statistic's concept, for the plans that have any. */
const codedByPlan = (broad: BroadJson): Map<string, number> =>
  new Map(broad.plans.filter((p) => p.coded > 0).map((p) => [p.plan, p.coded]));

/** One candidate page: where it is (opening the viewer), its score and what it is made of, its best passage. */
function CandidateRow({
  c,
  coded,
}: {
  readonly c: CandidateJson;
  readonly coded: number;
}): JSX.Element {
  return (
    <tr class={coded > 0 ? "gained" : undefined}>
      <td class="num">{c.rank}</td>
      <td>
        <a href={href.plan(c.plan)}>{c.plan}</a>
        {coded > 0 && (
          <span class="gained-note">
            {" "}
            (now has {coded} coded passage{coded === 1 ? "" : "s"})
          </span>
        )}
      </td>
      <td>
        <a
          class="open-page"
          href={href.page(c.document, c.page, { from: "candidates" })}
          title={c.document}
        >
          {fileName(c.document)} p. {c.page}
        </a>
      </td>
      <td class="num">{c.score.toFixed(1)}</td>
      <td class="made-of">
        {c.words.join(", ")}
        {c.related > 0 &&
          ` + ${c.related} related term${c.related === 1 ? "" : "s"}`}
      </td>
      <td class="snippet">{c.snippet}</td>
    </tr>
  );
}

/**
 * The candidates queue: pages of plans with no headline mention, most like the concept's accepted passages first,
 * to read and code first. Read again each time the view opens, so a page coded meanwhile drops out and a plan
 * that gained a coded passage is marked.
 */
export function CandidatesView(props: {
  readonly api: Api;
  readonly route: Route;
}): JSX.Element {
  const { api, route } = props;
  const concept = route.params.get("concept") ?? "";
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const key = `${concept}|${offset}`;
  const loaded = useLoad(key, async () => {
    const q = new URLSearchParams({
      limit: String(PAGE_ROWS),
      offset: String(offset),
    });
    if (concept !== "") q.set("concept", concept);
    const [queue, figure, lexicon] = await Promise.all([
      api.candidates(q),
      api.figure(new URLSearchParams()),
      api.lexicon(),
    ]);
    return { queue, broad: figure.broad, lexicon };
  });
  useShown(loaded, key);
  const go = (changes: Readonly<Record<string, string | number>>) =>
    navigate(`#/candidates?${withParams(route, changes).toString()}`);
  const data = loaded.state === "done" ? loaded.value : null;
  const concepts = [
    ...new Set(data?.lexicon.terms.map((t) => t.concept) ?? []),
  ].sort();
  const coded =
    data !== null && data.queue.concept === data.broad.concept
      ? codedByPlan(data.broad)
      : new Map<string, number>();
  return (
    <ViewFrame title="Candidates" loaded={loaded}>
      <p class="lead">
        The pages to read first: pages of plans with no headline mention, most
        like the concept's accepted passages first (shared words, related
        terms). Open a page to read it and code a passage there, in the document
        viewer; a coded page leaves the queue.
      </p>
      {data !== null && (
        <>
          <div class="toolbar">
            <label>
              Concept{" "}
              <select
                id="candidates-concept"
                value={data.queue.concept}
                onChange={(e) =>
                  go({ concept: e.currentTarget.value, offset: "" })
                }
              >
                {concepts.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <span class="dim" id="candidates-basis">
              {data.queue.pagesRanked} pages ranked, like {data.queue.basis}
            </span>
          </div>
          {data.queue.total === 0 ? (
            <p id="candidates-none">
              No page to read: every plan has a headline mention, or every page
              of the others is coded already.
            </p>
          ) : (
            <>
              <div class="table-wrap">
                <table id="candidates" class="grid">
                  <caption class="sr-only">
                    Pages to read and code first, most like the concept's
                    passages first
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" class="num">
                        Rank
                      </th>
                      <th scope="col">Plan</th>
                      <th scope="col">Page</th>
                      <th scope="col" class="num">
                        Score
                      </th>
                      <th scope="col">Made of (shared words)</th>
                      <th scope="col">Best passage</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.queue.candidates.map((c) => (
                      <CandidateRow
                        key={`${c.document}:${c.page}`}
                        c={c}
                        coded={coded.get(c.plan) ?? 0}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                id="candidates"
                offset={data.queue.offset}
                shown={data.queue.candidates.length}
                total={data.queue.total}
                pageRows={PAGE_ROWS}
                turn={(to) => go({ offset: to === 0 ? "" : to })}
              />
            </>
          )}
        </>
      )}
    </ViewFrame>
  );
}
