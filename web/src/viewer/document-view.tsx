import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type {
  PageHitJson,
  PageJson,
} from "../../../pipeline/serve/api-types.js";
import { navigate } from "../shell/navigate.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { fileName } from "../shared/format.js";
import { PageText, type TextMark } from "./page-text.js";
import { PageTools, PdfPage, type PdfPages } from "./pdf-page.js";

/** The search hit the address names (`hit=120-133`), or null. */
export function hitOf(
  params: URLSearchParams,
): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(params.get("hit") ?? "");
  if (m === null) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

/**
 * The hits to highlight: the one the address names (opened from a concordance row), else every place of the
 * query on the page (opened from the plot). A hit the page's answer does not list is still marked in the text.
 */
function targetHits(
  data: PageJson,
  hit: { start: number; end: number } | null,
): readonly PageHitJson[] {
  if (hit === null) return data.hits;
  const named = data.hits.filter(
    (h) => h.start === hit.start && h.end === hit.end,
  );
  return named.length > 0
    ? named
    : [{ ...hit, match: data.text.slice(hit.start, hit.end), boxes: [] }];
}

/** The document viewer: any page of any document, with its mentions and the search hit highlighted. */
export function DocumentView(props: {
  readonly api: Api;
  readonly route: Route;
  readonly pages: PdfPages;
}): JSX.Element {
  const [document, n] = props.route.ids;
  const pageNumber = Math.max(1, Number(n) || 1);
  const q = props.route.params.get("q") ?? "";
  const mode = props.route.params.get("mode") ?? "";
  const query = new URLSearchParams(
    q === "" ? {} : { q, ...(mode === "" ? {} : { mode }) },
  );
  const key = `${document ?? ""}#${pageNumber}?${query.toString()}`;
  const loaded = useLoad(key, () =>
    props.api.page(document ?? "", pageNumber, query),
  );
  useShown(loaded, key);
  const [zoom, setZoom] = useState(1);
  const [failure, setFailure] = useState<string | null>(null);
  const hit = hitOf(props.route.params);
  const data = loaded.state === "done" ? loaded.value : null;
  const hits = data === null ? [] : targetHits(data, hit);
  const marks: TextMark[] = [
    ...(data?.mentions ?? []).map((m) => ({
      start: m.start,
      end: m.end,
      kind: "mention" as const,
    })),
    ...hits.map((h) => ({ start: h.start, end: h.end, kind: "hit" as const })),
  ];
  return (
    <ViewFrame
      title={
        data === null
          ? "Document"
          : `${fileName(data.document)}, page ${data.page}`
      }
      loaded={loaded}
    >
      {data !== null && (
        <>
          <p class="where">
            {data.document}
            {q !== "" && (
              <>
                {" · "}
                <a
                  href={href.search({
                    q,
                    mode: props.route.params.get("mode") ?? "",
                  })}
                >
                  back to the search “{q}”
                </a>
              </>
            )}
          </p>
          <PageTools
            data={data}
            zoom={zoom}
            setZoom={setZoom}
            goTo={(page) => navigate(href.page(data.document, page, { q }))}
          />
          {failure !== null && (
            <p class="problem" role="alert">
              {failure}
            </p>
          )}
          <div class="viewer">
            <PdfPage
              pages={props.pages}
              document={data.document}
              page={data.page}
              zoom={zoom}
              marks={{ mentions: data.mentions, hits }}
              onFailure={setFailure}
            />
            <aside class="page-side" aria-label="this page's mentions and text">
              <h2>Mentions on this page ({data.mentions.length})</h2>
              <ul id="page-mentions">
                {data.mentions.map((m) => (
                  <li
                    key={m.id}
                    class={
                      m.id === props.route.params.get("mention")
                        ? "sel"
                        : undefined
                    }
                  >
                    <q>{data.text.slice(m.start, m.end)}</q>{" "}
                    <span class="dim">
                      {m.term} ({m.concept}) · {m.location ?? "body"} ·{" "}
                      {m.verdict}
                    </span>
                  </li>
                ))}
              </ul>
              <h2>Text</h2>
              <PageText text={data.text} marks={marks} />
            </aside>
          </div>
        </>
      )}
    </ViewFrame>
  );
}
