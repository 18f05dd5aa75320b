import { createReadStream, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isAbsolute, relative, resolve } from "node:path";
import { realPathInside } from "../corpus/index.js";

/** Sends a body (an object as JSON) with the headers every answer of the app carries. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | object,
  type = "application/json; charset=utf-8",
): void {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
  });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** Files up to this size are sent from one read. */
const WHOLE_FILE_BYTES = 16 * 1024 * 1024;

/** Serves a file only when it lies inside `root` (no "..", no absolute paths, no links out). */
export function sendFileInside(
  res: ServerResponse,
  root: string,
  relativePath: string,
  type: string,
): void {
  const inside = relative(root, resolve(root, relativePath));
  // Lexically inside is not enough: a link in the corpus may point anywhere on the computer.
  const file =
    inside === "" || inside.startsWith("..") || isAbsolute(inside)
      ? null
      : realPathInside(root, relativePath);
  if (file === null || !statSync(file).isFile()) {
    send(res, 404, { error: "not found" });
    return;
  }
  res.writeHead(200, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  // A plan's PDF (a few hundred kB) in one read: streaming it took several trips through libuv's thread pool, and
  // under load PDFs waited longer than the list. Large files still stream.
  if (statSync(file).size <= WHOLE_FILE_BYTES) res.end(readFileSync(file));
  else createReadStream(file).pipe(res);
}

/** The request body as text; a body past 100 000 characters ends the request. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
      if (body.length > 100_000) req.destroy(new Error("request too large"));
    });
    req.on("end", () => ok(body));
    req.on("error", fail);
  });
}
