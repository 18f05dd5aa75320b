import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type {
  PageHitJson,
  PageJson,
} from "../../../pipeline/serve/api-types.js";
import type { PdfPages } from "../audit/page-view.js";
import type { Box } from "../pdf/highlight-boxes.js";
import { CLASS_NAMES } from "../plans/page-classes.js";
import { navigate } from "../shell/navigate.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { fileName } from "../shared/format.js";
import { markBody } from "../test-marks.js";
import { PageText, type TextMark } from "./page-text.js";

/** Zoom steps, as a share of the width that fits the pane. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** The zoom that shows the whole page in the pane, its height fitted too (a portrait page on a wide screen). */
const WHOLE_PAGE = 0;

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

type Drawn = {
  readonly key: string;
  readonly mentions: readonly Box[][];
  readonly hits: readonly Box[][];
};

function Highlights({
  drawn,
  selected,
}: {
  readonly drawn: Drawn;
  readonly selected: string | null;
}): JSX.Element {
  const box = ([x, y, w, h]: Box, cls: string, k: string) => (
    <div
      key={k}
      class={cls}
      style={{
        left: `${x}px`,
        top: `${y}px`,
        width: `${w}px`,
        height: `${h}px`,
      }}
    />
  );
  return (
    <>
      {drawn.mentions.flatMap((boxes, i) =>
        boxes.map((b, j) => box(b, "hl", `m${i}.${j}`)),
      )}
      {drawn.hits.flatMap((boxes, i) =>
        boxes.map((b, j) => box(b, "hl hl-hit", `h${i}.${j}`)),
      )}
      {selected !== null && <span class="sr-only">{selected}</span>}
    </>
  );
}

/** The page drawn by pdf.js at the zoom asked (1 = the pane's width; WHOLE_PAGE), its highlights over it. */
function PdfPage(props: {
  readonly pages: PdfPages;
  readonly data: PageJson;
  readonly zoom: number;
  readonly hits: readonly PageHitJson[];
  readonly onFailure: (message: string) => void;
}): JSX.Element {
  const { data, zoom, hits } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const pane = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const key = `${data.document}#${data.page}@${zoom}:${hits.map((h) => h.start).join(",")}`;
  useEffect(() => {
    if (canvas.current === null || pane.current === null) return;
    // Fit width: the page's width is the pane's (less its padding), so a landscape page shows whole.
    const width = Math.max(200, pane.current.clientWidth - 24);
    const height = Math.max(200, pane.current.clientHeight - 24);
    const drawing = props.pages.drawPage(
      canvas.current,
      {
        document: data.document,
        page: data.page,
        scaleOf: (w, h) =>
          zoom === WHOLE_PAGE
            ? Math.min(width / w, height / h)
            : (width / w) * zoom,
      },
      { mentions: data.mentions, hits },
    );
    drawing.done.then(
      (boxes) => {
        if (boxes !== null)
          setDrawn({ key, mentions: boxes.mentions, hits: boxes.hits });
      },
      (e: unknown) =>
        props.onFailure(e instanceof Error ? e.message : String(e)),
    );
    return drawing.cancel;
  }, [key]);
  useEffect(() => {
    if (drawn === null || drawn.key !== key) return;
    pane.current
      ?.querySelector(".hl-hit, .hl")
      ?.scrollIntoView({ block: "center" });
    markBody("drawn", `${data.document}#${data.page}`);
  }, [drawn]);
  return (
    // Focusable, so a keyboard scrolls a zoomed page too.
    <div class="pdf-pane" ref={pane} tabIndex={0} aria-label="the page">
      <div class="pagebox">
        <canvas
          ref={canvas}
          aria-label={`page ${data.page} of ${fileName(data.document)}`}
          role="img"
        />
        {drawn !== null && drawn.key === key && (
          <Highlights drawn={drawn} selected={null} />
        )}
      </div>
    </div>
  );
}

/** Page n of N, previous and next, zoom and fit width, and the page's class. */
function PageTools(props: {
  readonly data: PageJson;
  readonly route: Route;
  readonly zoom: number;
  readonly setZoom: (z: number) => void;
}): JSX.Element {
  const { data, route } = props;
  const to = (n: number) =>
    href.page(
      data.document,
      n,
      Object.fromEntries(
        new URLSearchParams({ q: route.params.get("q") ?? "" }),
      ),
    );
  const step = (by: number) => {
    const i = ZOOMS.indexOf(props.zoom === WHOLE_PAGE ? 1 : props.zoom);
    props.setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, i + by))] ?? 1);
  };
  return (
    <div class="toolbar page-tools">
      <button
        type="button"
        id="page-prev"
        disabled={data.page <= 1}
        onClick={() => navigate(to(data.page - 1))}
      >
        Previous page
      </button>
      <span id="page-of">{`page ${data.page} of ${data.pages}`}</span>
      <button
        type="button"
        id="page-next"
        disabled={data.page >= data.pages}
        onClick={() => navigate(to(data.page + 1))}
      >
        Next page
      </button>
      <span class="sep" />
      <button
        type="button"
        id="zoom-out"
        aria-label="zoom out"
        onClick={() => step(-1)}
      >
        −
      </button>
      <span id="zoom">
        {props.zoom === WHOLE_PAGE
          ? "whole page"
          : `${Math.round(props.zoom * 100)}%`}
      </span>
      <button
        type="button"
        id="zoom-in"
        aria-label="zoom in"
        onClick={() => step(1)}
      >
        +
      </button>
      <button type="button" id="fit-width" onClick={() => props.setZoom(1)}>
        Fit width
      </button>
      <button
        type="button"
        id="fit-page"
        onClick={() => props.setZoom(WHOLE_PAGE)}
      >
        Whole page
      </button>
      <span class="sep" />
      <span id="page-class" class={`pc-badge pc-${data.class}`}>
        {CLASS_NAMES[data.class]}
      </span>
    </div>
  );
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
            route={props.route}
            zoom={zoom}
            setZoom={setZoom}
          />
          {failure !== null && (
            <p class="problem" role="alert">
              {failure}
            </p>
          )}
          <div class="viewer">
            <PdfPage
              pages={props.pages}
              data={data}
              zoom={zoom}
              hits={hits}
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
