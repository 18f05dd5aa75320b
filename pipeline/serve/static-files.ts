import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { projectFile } from "../paths.js";
import {
  BAD_ENCODING,
  fileInside,
  pathAfter,
  refusal,
  typeOfFile,
} from "./respond.js";

/** The browser app as `make build` bundles it from web/ (index.html, app.js, app.css). */
const WEB_DIR = projectFile("dist/web");
const PDFJS_DIR = dirname(
  createRequire(import.meta.url).resolve("pdfjs-dist/package.json"),
);
// The browser gets the modern build of the installed pdfjs-dist (no CDN), its fonts and CMaps, nothing else.
const PDFJS_PARTS = ["build/", "standard_fonts/", "cmaps/", "wasm/"];

// No inline script or style anywhere: the page runs only the app's bundle and pdf.js, both from this server.
// pdf.js renders pages in a worker and hands fonts and images over as blobs and data URLs.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** GET /: the app's page, under a Content-Security-Policy that allows no inline script. */
export function sendPage(): Response {
  const page = join(WEB_DIR, "index.html");
  if (!existsSync(page))
    return refusal(
      500,
      `the browser app is not built (${page} is missing); run make build`,
    );
  return fileInside(WEB_DIR, "index.html", typeOfFile(page), {
    "content-security-policy": PAGE_POLICY,
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
  });
}

/** GET /web/<file>: the app's script, style and their source maps (and the page again, under the same policy). */
export function sendWebFile(url: string): Response {
  const rest = pathAfter(url, "/web/");
  if (rest === null) return refusal(400, BAD_ENCODING);
  return fileInside(WEB_DIR, rest, typeOfFile(rest), {
    "content-security-policy": PAGE_POLICY,
  });
}

/** GET /pdfjs/<file>: pdf.js from the installed package, its build, fonts, CMaps and decoders only. */
export function sendPdfjs(url: string): Response {
  const rest = pathAfter(url, "/pdfjs/");
  if (rest === null) return refusal(400, BAD_ENCODING);
  if (!PDFJS_PARTS.some((p) => rest.startsWith(p)))
    return refusal(404, "not found");
  return fileInside(PDFJS_DIR, rest, typeOfFile(rest));
}
