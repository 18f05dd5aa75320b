import type { PDFDocumentProxy } from "pdfjs-dist";
import type { Api, PdfSource } from "../api/client.js";
import {
  boxesFromItems,
  storedBoxes,
  type Box,
  type TextItem,
  type ToViewport,
} from "./highlight-boxes.js";

/** pdf.js is not bundled: the server hands the installed pdfjs-dist to the browser, whose types are these. */
type Pdfjs = typeof import("pdfjs-dist");
const PDFJS_URL = "/pdfjs/build/pdf.mjs";

let pdfjs: Promise<Pdfjs> | null = null;
/** pdf.js, loaded the first time a page is drawn, so the list shows without waiting for it. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (import(PDFJS_URL) as Promise<Pdfjs>).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.mjs";
    return lib;
  });
  return pdfjs;
}

const measure = document.createElement("canvas").getContext("2d");
/**
 * Where a character offset falls inside an item: measured with a Helvetica-like font (the widths of "SOCIAL"
 * and "social" differ too much for a share of characters), scaled to the item's real width.
 */
function widthShare(item: TextItem, count: number): number {
  if (measure === null) return count / item.str.length;
  measure.font = "100px Helvetica, Arial, 'Liberation Sans', sans-serif";
  const whole = measure.measureText(item.str).width;
  return whole > 0
    ? measure.measureText(item.str.slice(0, count)).width / whole
    : count / item.str.length;
}

/** A stretch of the page text to highlight: its stored boxes (PDF user space; may be empty) and its offsets. */
export type Stretch = {
  readonly boxes: readonly (readonly number[])[];
  readonly start: number;
  readonly end: number;
};

/** What the viewer asks to see on a page: its mentions and the search's hits. */
export type PageMarks = {
  readonly mentions: readonly Stretch[];
  readonly hits: readonly Stretch[];
};

/** A drawn page's highlights: one list of boxes per mention and per hit asked for, in their order. */
export type PageBoxes = {
  readonly mentions: readonly Box[][];
  readonly hits: readonly Box[][];
};

/** The scale a page is drawn at, from its size in PDF points at scale 1 (the viewer fits it to its width). */
export type ScaleOf = (width: number, height: number) => number;

/** A page to draw: its document's PDF, the page, and the scale. */
type PageAt = {
  readonly pdf: () => Promise<PDFDocumentProxy>;
  readonly page: number;
  readonly scaleOf: ScaleOf;
};

/** The rendered page's text items and its map from PDF space to the canvas. */
type Rendered = {
  readonly toViewport: ToViewport;
  readonly items: () => Promise<readonly (TextItem | object)[]>;
};

/**
 * Renders a page on `canvas`, then works out its highlights with `boxes`. `cancel` stops the rendering under
 * way, so two drawings never paint one canvas at once; a cancelled drawing gives null.
 */
function drawOn<T>(
  canvas: HTMLCanvasElement,
  at: PageAt,
  boxes: (rendered: Rendered) => Promise<T>,
): { readonly done: Promise<T | null>; readonly cancel: () => void } {
  let cancelled = false;
  let stop = () => {};
  const done = (async (): Promise<T | null> => {
    const page = await (await at.pdf()).getPage(at.page);
    if (cancelled) return null;
    const whole = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({
      scale: at.scaleOf(whole.width, whole.height),
    });
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    const task = page.render({ canvas, viewport });
    stop = () => task.cancel();
    try {
      await task.promise;
    } catch (error) {
      if (cancelled) return null;
      throw error;
    }
    const result = await boxes({
      toViewport: (r) => viewport.convertToViewportRectangle(r) as number[],
      items: async () =>
        (await page.getTextContent({ disableNormalization: true })).items,
    });
    return cancelled ? null : result;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      stop();
    },
  };
}

/** Draws pages on a canvas; each document is read once, by the first page asked of it. */
export function createPdfPages(api: Api): {
  /** Any page of a document, with its mentions' stored boxes and spans of its text highlighted. */
  drawPage: (
    canvas: HTMLCanvasElement,
    at: {
      readonly document: string;
      readonly page: number;
      readonly scaleOf: ScaleOf;
    },
    marks: PageMarks,
  ) => {
    readonly done: Promise<PageBoxes | null>;
    readonly cancel: () => void;
  };
} {
  const documents = new Map<string, Promise<PDFDocumentProxy>>();
  const documentOf = async (
    document: string,
    source: PdfSource,
  ): Promise<PDFDocumentProxy> => {
    const known = documents.get(document);
    if (known !== undefined) return known;
    const lib = await loadPdfjs();
    // Read once: another page of the document asked for meanwhile shares this read.
    const pdf =
      documents.get(document) ??
      lib.getDocument({
        ...source,
        isEvalSupported: false,
        standardFontDataUrl: "/pdfjs/standard_fonts/",
        cMapUrl: "/pdfjs/cmaps/",
        wasmUrl: "/pdfjs/wasm/",
      }).promise;
    documents.set(document, pdf);
    return pdf;
  };
  return {
    drawPage: (canvas, at, marks) =>
      drawOn(
        canvas,
        {
          pdf: () => documentOf(at.document, api.documentSource(at.document)),
          page: at.page,
          scaleOf: at.scaleOf,
        },
        // Stored boxes where the database has them; else the page's text items, read with the same pdf.js.
        async ({ toViewport, items }) => {
          const all = [...marks.mentions, ...marks.hits];
          const text = all.some((m) => m.boxes.length === 0)
            ? await items()
            : [];
          const boxes = (m: Stretch) =>
            m.boxes.length > 0
              ? storedBoxes(m.boxes, toViewport)
              : boxesFromItems(text, m, toViewport, widthShare);
          return {
            mentions: marks.mentions.map(boxes),
            hits: marks.hits.map(boxes),
          };
        },
      ),
  };
}
