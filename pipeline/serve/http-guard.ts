import type { IncomingMessage } from "node:http";

/** Why a request is refused, or null when it may go on. Pure: only reads the request's headers and URL. */
export function refuseRequest(
  req: IncomingMessage,
  expected: { readonly token: string; readonly port: number },
): string | null {
  const allowedHosts = [
    `127.0.0.1:${expected.port}`,
    `localhost:${expected.port}`,
  ];
  // A page on another site can point a name at 127.0.0.1 (DNS rebinding); the Host header gives it away.
  if (!allowedHosts.includes(req.headers.host ?? "")) return "unknown host";
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    !allowedHosts.map((h) => `http://${h}`).includes(origin)
  )
    return "cross-origin request";
  if (
    req.method !== "GET" &&
    origin === undefined &&
    req.headers["sec-fetch-site"] !== "same-origin"
  )
    return "request without origin";
  const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
  if (req.method === "GET" && isPublicPath(url.pathname)) return null;
  // Never a cookie: a browser sends 127.0.0.1's cookies to every port, so any local server could read and replay
  // one. A write needs the header, which no other page can set on a request here (no CORS is answered).
  const header =
    req.headers["x-stp-token"] ?? req.headers["x-token"] ?? undefined;
  const given =
    req.method === "GET" ? (header ?? url.searchParams.get("token")) : header;
  if (given !== expected.token) return "missing or wrong token";
  return null;
}

/** The page and pdf.js: the same for every run and holding no data, so a reload needs no token in its URL. */
const isPublicPath = (path: string) =>
  path === "/" || path.startsWith("/pdfjs/");
