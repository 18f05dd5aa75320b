import type { JSX } from "preact";
import { useRef, useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type {
  PageHitJson,
  PageJson,
  PageMentionJson,
} from "../../../pipeline/serve/api-types.js";
import { navigate } from "../shell/navigate.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { fileName } from "../shared/format.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import { CodePassagePanel, type PassageAsked } from "./code-passage-panel.js";
import { PageText, selectedSpan, type TextMark } from "./page-text.js";
import { PageTools, PdfPage, type PdfPages } from "./pdf-page.js";

/** The queues a page is opened from to be read and coded (`from=` in its address), and the way back to each. */
const QUEUES: Readonly<Record<string, { href: string; label: string }>> = {
  candidates: { href: href.candidates(), label: "back to the candidates" },
  elusion: { href: href.elusion(), label: "back to the elusion draw" },
};

/** The queue the address says the page was opened from, or null. */
const cameFrom = (from: string) => QUEUES[from] ?? null;

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

/** How a mention is listed: its term and verdict, or for a coded passage who coded it, why and the reason. */
const mentionLine = (m: PageMentionJson): string =>
  m.coded === null
    ? `${m.term} (${m.concept}) · ${m.location ?? "body"} · ${m.verdict}`
    : `coded by ${m.coded.auditor}: ${m.coded.note}${m.coded.code === null ? "" : ` (${m.coded.code})`} · ${m.concept}`;

/**
 * The document viewer: any page of any document, with its mentions and the search hit highlighted; words of the
 * page (selected, typed, or the search hit) are coded as a passage the lexicon missed, and withdrawn.
 */
export function DocumentView(props: {
  readonly api: Api;
  readonly route: Route;
  readonly pages: PdfPages;
}): JSX.Element {
  const [document, n] = props.route.ids;
  const pageNumber = Math.max(1, Number(n) || 1);
  const q = props.route.params.get("q") ?? "";
  const fromQueue = props.route.params.get("from") ?? "";
  const from = cameFrom(fromQueue);
  const mode = props.route.params.get("mode") ?? "";
  const query = new URLSearchParams(
    q === "" ? {} : { q, ...(mode === "" ? {} : { mode }) },
  );
  // Moves when a passage is coded or withdrawn, so the page is read again with it.
  const [version, setVersion] = useState(0);
  const key = `${document ?? ""}#${pageNumber}?${query.toString()}@${version}`;
  const loaded = useLoad(key, () =>
    props.api.page(document ?? "", pageNumber, query),
  );
  useShown(loaded, key);
  const [zoom, setZoom] = useState(1);
  const [failure, setFailure] = useState<string | null>(null);
  const [asked, setAsked] = useState<PassageAsked | null>(null);
  const [broadLine, setBroadLine] = useState("");
  const [problem, setProblem] = useState("");
  const text = useRef<HTMLDivElement>(null);
  const hit = hitOf(props.route.params);
  const data = loaded.state === "done" ? loaded.value : null;
  const hits = data === null ? [] : targetHits(data, hit);
  const marks: TextMark[] = [
    ...(data?.mentions ?? []).map((m) => ({
      start: m.start,
      end: m.end,
      kind: m.source === "analyst" ? ("coded" as const) : ("mention" as const),
    })),
    ...hits.map((h) => ({ start: h.start, end: h.end, kind: "hit" as const })),
    // The words the panel is about to code, marked as a hit is, so the analyst sees what they chose.
    ...(asked?.kind === "span"
      ? [{ start: asked.start, end: asked.end, kind: "hit" as const }]
      : []),
  ];
  // On the picture too, the words about to be coded are marked as a hit is (their boxes worked out from the page).
  const pdfHits =
    asked?.kind === "span" &&
    !hits.some((h) => h.start === asked.start && h.end === asked.end)
      ? [...hits, { start: asked.start, end: asked.end, boxes: [] }]
      : hits;
  // A selection in the page's text opens the panel with its words (the server takes a word it cuts whole).
  const onSelect = () => {
    const pre = text.current?.querySelector("pre");
    const span = pre ? selectedSpan(pre) : null;
    if (span !== null)
      setAsked({ kind: "span", ...span, title: "Code these words" });
  };
  const withdraw = async (id: string) => {
    setProblem("");
    try {
      setBroadLine((await props.api.withdrawPassage(id)).broad.line);
      setVersion((v) => v + 1);
    } catch (error) {
      setProblem(reasonOf(error));
    }
  };
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
            {from !== null && (
              <>
                {" · "}
                <a id="back-to-queue" href={from.href}>
                  {from.label}
                </a>
              </>
            )}
          </p>
          <PageTools
            data={data}
            zoom={zoom}
            setZoom={setZoom}
            goTo={(page) =>
              navigate(href.page(data.document, page, { q, from: fromQueue }))
            }
          >
            <button
              type="button"
              id="code-open"
              title="Code words of this page the lexicon missed: type them, or select them in the text"
              onClick={() => setAsked({ kind: "typed" })}
            >
              Code words…
            </button>
            {hit !== null && (
              <button
                type="button"
                id="code-hit"
                onClick={() =>
                  setAsked({ kind: "span", ...hit, title: "Code this hit" })
                }
              >
                Code this hit
              </button>
            )}
          </PageTools>
          {broadLine !== "" && (
            <p id="broad-line" class="broad-line" role="status">
              {broadLine}
            </p>
          )}
          <ProblemLine text={problem} />
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
              marks={{ mentions: data.mentions, hits: pdfHits }}
              coded={data.mentions.map((m) => m.source === "analyst")}
              onFailure={setFailure}
            />
            <aside class="page-side" aria-label="this page's mentions and text">
              {asked !== null && (
                <CodePassagePanel
                  key={
                    asked.kind === "span"
                      ? `${asked.start}-${asked.end}`
                      : "typed"
                  }
                  api={props.api}
                  page={data}
                  asked={asked}
                  onCoded={(coded) => {
                    setAsked(null);
                    setProblem("");
                    setBroadLine(coded.broad.line);
                    window.getSelection()?.removeAllRanges();
                    setVersion((v) => v + 1);
                  }}
                  onClose={() => setAsked(null)}
                />
              )}
              <h2>Mentions on this page ({data.mentions.length})</h2>
              <ul id="page-mentions">
                {data.mentions.map((m) => (
                  <li
                    key={m.id}
                    class={
                      [
                        m.id === props.route.params.get("mention") ? "sel" : "",
                        m.coded === null ? "" : "coded",
                      ]
                        .join(" ")
                        .trim() || undefined
                    }
                  >
                    <q>{data.text.slice(m.start, m.end)}</q>{" "}
                    <span class="dim">{mentionLine(m)}</span>
                    {m.coded !== null && (
                      <>
                        {" "}
                        <button
                          type="button"
                          class="withdraw"
                          onClick={() => void withdraw(m.id)}
                        >
                          Withdraw
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
              <h2>Text</h2>
              <div ref={text} onMouseUp={onSelect} onKeyUp={onSelect}>
                <PageText text={data.text} marks={marks} />
              </div>
            </aside>
          </div>
        </>
      )}
    </ViewFrame>
  );
}
