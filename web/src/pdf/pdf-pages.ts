import type { PDFDocumentProxy } from "pdfjs-dist";
import type { MentionJson } from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
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

/** The size the page is drawn at: 1.5 CSS pixels a PDF point. */
const SCALE = 1.5;

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

/** A page being drawn: `done` gives its highlight boxes, or null when `cancel` stopped it first. */
export type Drawing = {
  readonly done: Promise<Box[] | null>;
  readonly cancel: () => void;
};

/** Draws mentions' pages on a canvas; each document is read once, by the first of its mentions asked for. */
export function createPdfPages(api: Api): {
  draw: (canvas: HTMLCanvasElement, m: MentionJson) => Drawing;
} {
  const documents = new Map<string, Promise<PDFDocumentProxy>>();
  const documentOf = async (m: MentionJson): Promise<PDFDocumentProxy> => {
    const known = documents.get(m.document);
    if (known !== undefined) return known;
    const lib = await loadPdfjs();
    // Read once: another mention of the document asked for meanwhile shares this read.
    const pdf =
      documents.get(m.document) ??
      lib.getDocument({
        ...api.pdfSource(m.id),
        isEvalSupported: false,
        standardFontDataUrl: "/pdfjs/standard_fonts/",
        cMapUrl: "/pdfjs/cmaps/",
        wasmUrl: "/pdfjs/wasm/",
      }).promise;
    documents.set(m.document, pdf);
    return pdf;
  };
  return {
    draw: (canvas, m) => {
      let cancelled = false;
      let stop = () => {};
      const done = (async (): Promise<Box[] | null> => {
        const page = await (await documentOf(m)).getPage(m.page);
        if (cancelled) return null;
        const viewport = page.getViewport({ scale: SCALE });
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
        const toViewport: ToViewport = (r) =>
          viewport.convertToViewportRectangle(r) as number[];
        // Boxes stored at extraction; a database from before they were stored falls back to the page's text
        // items, read here with the same pdf.js.
        if (m.boxes.length > 0) return storedBoxes(m.boxes, toViewport);
        const text = await page.getTextContent({ disableNormalization: true });
        if (cancelled) return null;
        return boxesFromItems(text.items, m, toViewport, widthShare);
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          stop();
        },
      };
    },
  };
}
