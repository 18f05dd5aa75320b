import { createReadStream, readFileSync, statSync } from "node:fs";
import { extname, isAbsolute, relative, resolve } from "node:path";
import { Readable } from "node:stream";
import { realPathInside } from "../corpus/index.js";
import type { ErrorJson } from "./api-types.js";

const JSON_TYPE = "application/json; charset=utf-8";

/** An answer (an object as JSON; text and bytes as they are) with the headers every answer of the app carries. */
export function answer(
  status: number,
  body: string | Uint8Array | object,
  type = JSON_TYPE,
  headers: Readonly<Record<string, string>> = {},
): Response {
  const sent =
    typeof body === "string" || body instanceof Uint8Array
      ? body
      : JSON.stringify(body);
  return new Response(sent, {
    status,
    headers: {
      "content-type": type,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cross-origin-resource-policy": "same-origin",
      ...headers,
    },
  });
}

/** A refusal or failure: `{ "error": reason }`, the one shape every error of the API has. */
export const refusal = (
  status: number,
  reason: string,
  headers: Readonly<Record<string, string>> = {},
): Response =>
  answer(status, { error: reason } satisfies ErrorJson, JSON_TYPE, headers);

/** What a served file's name says it holds; pdf.js's own files are modules (`.mjs`) or data. */
const TYPES: Readonly<Record<string, string>> = {
  ".mjs": "text/javascript",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/** The content type of a file the app serves, by its extension. */
export const typeOfFile = (path: string): string =>
  TYPES[extname(path)] ?? "application/octet-stream";

/** Files up to this size are sent from one read. */
const WHOLE_FILE_BYTES = 16 * 1024 * 1024;

/** A file, only when it lies inside `root` (no "..", no absolute paths, no links out); else 404. */
export function fileInside(
  root: string,
  relativePath: string,
  type: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  const inside = relative(root, resolve(root, relativePath));
  // Lexically inside is not enough: a link in the corpus may point anywhere on the computer.
  const file =
    inside === "" || inside.startsWith("..") || isAbsolute(inside)
      ? null
      : realPathInside(root, relativePath);
  if (file === null || !statSync(file).isFile())
    return refusal(404, "not found");
  const head = {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  };
  // A plan's PDF (a few hundred kB) in one read: streaming it took several trips through libuv's thread pool, and
  // under load PDFs waited longer than the list. Large files still stream.
  if (statSync(file).size <= WHOLE_FILE_BYTES)
    return new Response(readFileSync(file), { status: 200, headers: head });
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream;
  return new Response(stream, { status: 200, headers: head });
}

/** The part of a request's path after `prefix`, %-decoded; null when its encoding is broken (`%E0%A4%A`). */
export function pathAfter(url: string, prefix: string): string | null {
  const rest = new URL(url).pathname.slice(prefix.length);
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** A broken %-encoding is the client's mistake. */
export const BAD_ENCODING = "the address has a broken %-encoding";
