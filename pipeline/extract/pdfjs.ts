import { restoreNativePush } from "./native-builtins.js";
import { installSyncDecompression } from "./sync-decompression.js";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  getDocument,
  OPS,
  PasswordResponses,
  VerbosityLevel,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import type {
  PDFDocumentProxy,
  PDFPageProxy,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
// Loaded here rather than by pdf.js on the first document, so that its polyfills are in place before
// restoreNativePush runs (pdf.js uses globalThis.pdfjsWorker when it is set).
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";

import { withPdfjsWarnings } from "./pdfjs-warnings.js";
import { summariseWarnings, wasRepaired } from "./warning-summary.js";
import { fail, ok } from "../problem.js";
import type {
  DocProblem,
  Extracted,
  PageGeometry,
  PagePaints,
  PageText,
  Result,
  TextBox,
} from "../types.js";

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativePush();
installSyncDecompression();

// pdf.js in Node reads its font data, CMaps and wasm decoders from these folders (paths must end in "/");
// without them CID fonts and the standard 14 fonts can come out empty. Nothing is fetched from the network.
const PACKAGE_DIR = dirname(
  createRequire(import.meta.url).resolve("pdfjs-dist/package.json"),
);
const DATA_DIRS = {
  cMapUrl: join(PACKAGE_DIR, "cmaps") + "/",
  standardFontDataUrl: join(PACKAGE_DIR, "standard_fonts") + "/",
  wasmUrl: join(PACKAGE_DIR, "wasm") + "/",
  iccUrl: join(PACKAGE_DIR, "iccs") + "/",
};

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintSolidColorImageMask,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);

/** Where an item starts along its own writing direction, and which line it sits on, in user space. */
type Placed = {
  readonly along: number;
  readonly across: number;
  readonly size: number;
  readonly ux: number;
  readonly uy: number;
};

function placeOf(item: TextItem): Placed | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  const size = Math.hypot(c, d);
  const length = Math.hypot(a, b);
  // Right-to-left runs are placed leftwards on purpose; vertical text has its own line breaks (hasEOL).
  if (item.dir !== "ltr" || size === 0 || length === 0) return null;
  const ux = a / length;
  const uy = b / length;
  return { along: x * ux + y * uy, across: y * ux - x * uy, size, ux, uy };
}

/**
 * True when an item starts at or before where the one before it started, on the same line and in the same
 * direction. pdf.js puts a space where text jumps forward across a gap, but joins an item that jumps back (the
 * next cell of a table row drawn from the right, or a heading drawn twice) straight onto the last word:
 * "25,499.96STAFF ASSISTANT".
 */
function jumpsBack(previous: Placed | null, next: Placed | null): boolean {
  if (previous === null || next === null) return false;
  const sameDirection =
    Math.abs(previous.ux - next.ux) < 1e-3 &&
    Math.abs(previous.uy - next.uy) < 1e-3;
  const sameLine =
    Math.abs(next.across - previous.across) <
    0.5 * Math.min(previous.size, next.size);
  return sameDirection && sameLine && next.along <= previous.along + 0.01;
}

/**
 * Page text as pdf.js gives it: items in content-stream order, "\n" where an item ends a line (hasEOL), and a
 * space where an item jumps back along its line (see jumpsBack); with where each item stands on the page.
 */
async function readPageText(
  page: PDFPageProxy,
): Promise<{ raw: string; boxes: TextBox[] }> {
  // Our own normalisation (spec §Normalisation) maps back to the text as extracted, so pdf.js's is skipped.
  const content = await page.getTextContent({ disableNormalization: true });
  let raw = "";
  const boxes: TextBox[] = [];
  const round = (n: number) => Math.round(n * 100) / 100;
  let previous: Placed | null = null;
  for (const item of content.items) {
    if (!("str" in item)) continue;
    const place = placeOf(item);
    // A single character drawn back over the last one is an accent, a vector arrow or a Thai tone mark, not the
    // start of another word.
    if (
      jumpsBack(previous, place) &&
      [...item.str.trim()].length > 1 &&
      /^\S/u.test(item.str) &&
      /\S$/u.test(raw)
    )
      raw += " ";
    if (item.str !== "") {
      const [a, b, , d, x, y] = item.transform as number[];
      boxes.push({
        start: raw.length,
        end: raw.length + item.str.length,
        x: round(x ?? 0),
        y: round(y ?? 0),
        width: round(item.width),
        height: round(item.height || Math.abs(d ?? 0) || 10),
        rotated: Math.abs(b ?? 0) > 1e-6 || (a ?? 1) < 0,
      });
    }
    raw += item.str;
    if (item.hasEOL) raw += "\n";
    if (item.str !== "") previous = place;
  }
  return { raw, boxes };
}

const TEXT_OPS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
]);

/** A glyph of a text operation that leaves ink: not a space (a Word picture cover is drawn after one). */
const inks = (glyph: unknown): boolean => {
  if (typeof glyph !== "object" || glyph === null) return false;
  const { unicode, isSpace } = glyph as { unicode?: string; isSpace?: boolean };
  return isSpace !== true && (unicode === undefined || unicode.trim() !== "");
};

/**
 * What a page paints (spec v2.1 points 1-2), read from its operator list: the pdf.js patch lists an image's paint
 * operation without decoding the image, and a path's operation carries how it is painted (endPath: a clip only).
 */
export async function paintsOf(page: PDFPageProxy): Promise<PagePaints> {
  const { fnArray, argsArray } = await page.getOperatorList();
  let text = false;
  let image = false;
  let paths = false;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (IMAGE_OPS.has(fn)) image = true;
    else if (fn === OPS.constructPath) paths ||= args?.[0] !== OPS.endPath;
    else if (fn === OPS.shadingFill) paths = true;
    else if (TEXT_OPS.has(fn))
      text ||=
        (args?.find(Array.isArray) as unknown[] | undefined)?.some(inks) ??
        false;
  });
  return { text, image, paths };
}

/** What a page that paints something but holds no text paints, when pdf.js cannot say: treated as a scan. */
const UNKNOWN_PAINT: PagePaints = { text: false, image: true, paths: false };

/** Why pdf.js could not open a document, as a status and a one-line reason. */
function describeOpenError(
  error: unknown,
  file: string,
): Result<never, DocProblem> {
  const name = (error as { name?: string }).name;
  const message = (error as Error).message ?? String(error);
  if (name === "PasswordException") {
    const code = (error as { code?: number }).code;
    const why =
      code === PasswordResponses.INCORRECT_PASSWORD
        ? "the password is wrong"
        : "it needs a password to open";
    return fail({
      file,
      status: "encrypted",
      reason: `encrypted, ${why}`,
      cause: error,
    });
  }
  return fail({
    file,
    status: "corrupt",
    reason: `damaged PDF (${message})`,
    cause: error,
  });
}

/** How extractPages reads. */
export type ExtractOptions = {
  readonly password?: string;
  /** Also say what every page paints (Extracted.paints), not only the pages without text. @default false */
  readonly paintsOfEveryPage?: boolean;
};

/**
 * Reads every page's text layer with pdf.js, and what the pages without text paint (blank, or to be read by
 * OCR). Pages are read one at a time and released, so memory stays flat. Every warning pdf.js reports on the way
 * is kept. Returns a Problem (encrypted, corrupt) instead of throwing; `no-text`/`partial-text` are decided by
 * the caller from `pagesWithoutText`.
 */
export async function extractPages(
  bytes: Uint8Array,
  file: string,
  options: ExtractOptions = {},
): Promise<Result<Extracted, DocProblem>> {
  const { value, warnings } = await withPdfjsWarnings(() =>
    readPages(bytes, file, options),
  );
  if (!value.ok) return value;
  const summary = summariseWarnings(warnings);
  return ok({
    ...value.value,
    warnings: summary,
    repaired: wasRepaired(warnings),
  });
}

type Read = Omit<Extracted, "warnings" | "repaired">;

async function readPages(
  bytes: Uint8Array,
  file: string,
  options: ExtractOptions,
): Promise<Result<Read, DocProblem>> {
  // pdf.js takes ownership of (and may detach) the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    password: options.password ?? "",
    isEvalSupported: false,
    verbosity: VerbosityLevel.WARNINGS,
    useSystemFonts: false,
    disableFontFace: true,
    ...DATA_DIRS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return describeOpenError(error, file);
  }
  try {
    const pages: PageText[] = [];
    const pagesWithoutText: number[] = [];
    const pagesPathsOnly: number[] = [];
    const blankPages: number[] = [];
    const geometry: PageGeometry[] = [];
    const paints: PagePaints[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      let page: PDFPageProxy;
      let raw: string;
      let boxes: TextBox[];
      try {
        page = await doc.getPage(pageNumber);
        ({ raw, boxes } = await readPageText(page));
      } catch (error) {
        return fail({
          file,
          status: "corrupt",
          pages: [pageNumber],
          reason: `damaged PDF, page ${pageNumber} cannot be read (${(error as Error).message})`,
          cause: error,
        });
      }
      const hasText = raw.trim() !== "";
      if (!hasText || options.paintsOfEveryPage === true) {
        const painted = await paintsOf(page).catch(() => UNKNOWN_PAINT);
        paints.push(painted);
        if (!hasText && !painted.text && !painted.image && !painted.paths)
          blankPages.push(pageNumber);
        else if (!hasText) {
          pagesWithoutText.push(pageNumber);
          if (painted.paths && !painted.image && !painted.text)
            pagesPathsOnly.push(pageNumber);
        }
      }
      // Kept for every page: a page whose text turns out unreadable (unreadable-text.ts) is OCR'd too.
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      geometry.push({
        page: pageNumber,
        view: [x0, y0, x1, y1],
        rotate: page.rotate,
      });
      page.cleanup();
      pages.push({ page: pageNumber, raw, hasText, boxes });
    }
    return ok({
      pageCount: doc.numPages,
      pages,
      pagesWithoutText,
      pagesPathsOnly,
      blankPages,
      geometry,
      ...(options.paintsOfEveryPage === true ? { paints } : {}),
    });
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
