import type { ComponentChildren, JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PageJson } from "../../../pipeline/serve/api-types.js";
import type { Box } from "../pdf/highlight-boxes.js";
import type { createPdfPages, PageMarks, Stretch } from "../pdf/pdf-pages.js";
import { CLASS_NAMES } from "../plans/page-classes.js";
import { fileName } from "../shared/format.js";
import { useShortcuts } from "../shared/shortcut-keys.js";
import { markBody } from "../test-marks.js";

export type PdfPages = ReturnType<typeof createPdfPages>;

/** Zoom steps, as a share of the width that fits the pane. */
export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** The zoom that shows the whole page in the pane, its height fitted too (a portrait page on a wide screen). */
export const WHOLE_PAGE = 0;

type Drawn = {
  readonly key: string;
  readonly mentions: readonly Box[][];
  readonly hits: readonly Box[][];
};

function Highlights({
  drawn,
  selected,
  coded = [],
}: {
  readonly drawn: Drawn;
  readonly selected: string | null;
  /** For each mention, whether it is a passage an analyst coded (drawn in a colour of its own). */
  readonly coded?: readonly boolean[];
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
        boxes.map((b, j) =>
          box(b, coded[i] === true ? "hl hl-coded" : "hl", `m${i}.${j}`),
        ),
      )}
      {drawn.hits.flatMap((boxes, i) =>
        boxes.map((b, j) => box(b, "hl hl-hit", `h${i}.${j}`)),
      )}
      {selected !== null && <span class="sr-only">{selected}</span>}
    </>
  );
}

/**
 * The page drawn by pdf.js at the zoom asked (1 = the pane's width; WHOLE_PAGE), its marks highlighted over it:
 * mentions plain, hits (a search's, or the audited mention) stronger. `onDrawn` is told once they are placed.
 */
export function PdfPage(props: {
  readonly pages: PdfPages;
  readonly document: string;
  readonly page: number;
  readonly zoom: number;
  readonly marks: PageMarks;
  readonly onFailure: (message: string) => void;
  readonly onDrawn?: () => void;
  /** The canvas's element id, for a view whose page is one of a kind. */
  readonly canvasId?: string;
  /** For each of `marks.mentions`, whether it is a coded passage (its own colour). */
  readonly coded?: readonly boolean[];
}): JSX.Element {
  const { document, page, zoom, marks } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const pane = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const starts = (s: readonly Stretch[]) => s.map((m) => m.start).join(",");
  const key = `${document}#${page}@${zoom}:${starts(marks.mentions)}:${starts(marks.hits)}`;
  useEffect(() => {
    if (canvas.current === null || pane.current === null) return;
    // Fit width: the page's width is the pane's (less its padding), so a landscape page shows whole.
    const width = Math.max(200, pane.current.clientWidth - 24);
    const height = Math.max(200, pane.current.clientHeight - 24);
    const drawing = props.pages.drawPage(
      canvas.current,
      {
        document,
        page,
        scaleOf: (w, h) =>
          zoom === WHOLE_PAGE
            ? Math.min(width / w, height / h)
            : (width / w) * zoom,
      },
      marks,
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
    markBody("drawn", `${document}#${page}`);
    props.onDrawn?.();
  }, [drawn]);
  return (
    // Focusable, so a keyboard scrolls a zoomed page too.
    <div class="pdf-pane" ref={pane} tabIndex={0} aria-label="the page">
      <div class="pagebox">
        <canvas
          ref={canvas}
          id={props.canvasId}
          aria-label={`page ${page} of ${fileName(document)}`}
          role="img"
        />
        {drawn !== null && drawn.key === key && (
          <Highlights
            drawn={drawn}
            selected={null}
            {...(props.coded === undefined ? {} : { coded: props.coded })}
          />
        )}
      </div>
    </div>
  );
}

/** The page tools' keys (none of the audit's: a, r, n, u, g, j, k, the digits). */
export const PAGE_KEYS = {
  previous: "[",
  next: "]",
  zoomOut: "-",
  zoomIn: "+",
  fitWidth: "w",
  wholePage: "p",
} as const;

/**
 * Page n of N, previous and next, zoom and fit width, and the page's class; `children` (a view's own tools) sit
 * after the paging.
 */
export function PageTools(props: {
  readonly data: PageJson;
  readonly zoom: number;
  readonly setZoom: (z: number) => void;
  readonly goTo: (page: number) => void;
  readonly children?: ComponentChildren;
}): JSX.Element {
  const { data } = props;
  const step = (by: number) => {
    const i = ZOOMS.indexOf(props.zoom === WHOLE_PAGE ? 1 : props.zoom);
    props.setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, i + by))] ?? 1);
  };
  const goBy = (by: number) => {
    const to = data.page + by;
    if (to >= 1 && to <= data.pages) props.goTo(to);
  };
  const keys: Readonly<Record<string, () => void>> = {
    [PAGE_KEYS.previous]: () => goBy(-1),
    [PAGE_KEYS.next]: () => goBy(1),
    [PAGE_KEYS.zoomOut]: () => step(-1),
    [PAGE_KEYS.zoomIn]: () => step(1),
    "=": () => step(1),
    [PAGE_KEYS.fitWidth]: () => props.setZoom(1),
    [PAGE_KEYS.wholePage]: () => props.setZoom(WHOLE_PAGE),
  };
  useShortcuts((key) => {
    const run = keys[key];
    run?.();
    return run !== undefined;
  });
  return (
    <div class="toolbar page-tools">
      <button
        type="button"
        id="page-prev"
        aria-keyshortcuts={PAGE_KEYS.previous}
        title={`key ${PAGE_KEYS.previous}`}
        disabled={data.page <= 1}
        onClick={() => props.goTo(data.page - 1)}
      >
        Previous page
      </button>
      <span id="page-of">{`page ${data.page} of ${data.pages}`}</span>
      <button
        type="button"
        id="page-next"
        aria-keyshortcuts={PAGE_KEYS.next}
        title={`key ${PAGE_KEYS.next}`}
        disabled={data.page >= data.pages}
        onClick={() => props.goTo(data.page + 1)}
      >
        Next page
      </button>
      {props.children}
      <span class="sep" />
      <button
        type="button"
        id="zoom-out"
        aria-keyshortcuts={PAGE_KEYS.zoomOut}
        title={`key ${PAGE_KEYS.zoomOut}`}
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
        aria-keyshortcuts={PAGE_KEYS.zoomIn}
        title={`key ${PAGE_KEYS.zoomIn}`}
        aria-label="zoom in"
        onClick={() => step(1)}
      >
        +
      </button>
      <button
        type="button"
        id="fit-width"
        aria-keyshortcuts={PAGE_KEYS.fitWidth}
        title={`key ${PAGE_KEYS.fitWidth}`}
        onClick={() => props.setZoom(1)}
      >
        Fit width
      </button>
      <button
        type="button"
        id="fit-page"
        aria-keyshortcuts={PAGE_KEYS.wholePage}
        title={`key ${PAGE_KEYS.wholePage}`}
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
