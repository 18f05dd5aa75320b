/** What the guards read of a request: its method, address and a few headers. */
export type GuardedRequest = {
  readonly method: string;
  /** The absolute address asked for. */
  readonly url: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly secFetchSite: string | undefined;
  /** The X-STP-Token header (or X-Token, as scripts have sent it), else the token of `Authorization: Bearer`. */
  readonly tokenHeader: string | undefined;
};

/** The headers of `request` the guards read. */
export function guardedRequestOf(request: Request): GuardedRequest {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  return {
    method: request.method,
    url: request.url,
    host: header("host"),
    origin: header("origin"),
    secFetchSite: header("sec-fetch-site"),
    tokenHeader:
      header("x-stp-token") ??
      header("x-token") ??
      bearerToken(header("authorization")),
  };
}

/** The token of an `Authorization: Bearer <token>` header (scripts send it so); undefined for any other. */
const bearerToken = (authorization: string | undefined) =>
  /^Bearer +(\S+) *$/i.exec(authorization ?? "")?.[1];

/** Why a request is refused, or null when it may go on. Pure: reads only what `guardedRequestOf` took. */
export function refuseRequest(
  req: GuardedRequest,
  expected: {
    readonly token: string;
    readonly port: number;
    /** Spends a one-use address's ticket (`?once=`) for its path: true when it was good (one-use-paths.ts). */
    readonly redeem?: (path: string, ticket: string) => boolean;
  },
): string | null {
  const allowedHosts = [
    `127.0.0.1:${expected.port}`,
    `localhost:${expected.port}`,
  ];
  // A page on another site can point a name at 127.0.0.1 (DNS rebinding); the Host header gives it away.
  if (!allowedHosts.includes(req.host ?? "")) return "unknown host";
  const origin = req.origin;
  if (
    origin !== undefined &&
    !allowedHosts.map((h) => `http://${h}`).includes(origin)
  )
    return "cross-origin request";
  if (
    req.method !== "GET" &&
    origin === undefined &&
    req.secFetchSite !== "same-origin"
  )
    return "request without origin";
  const url = new URL(req.url);
  if (req.method === "GET" && isPublicPath(url.pathname)) return null;
  const once = url.searchParams.get("once");
  if (
    req.method === "GET" &&
    once !== null &&
    expected.redeem?.(url.pathname, once) === true
  )
    return null;
  // Never a cookie: a browser sends 127.0.0.1's cookies to every port, so any local server could read and replay
  // one. A write needs the header, which no other page can set on a request here (no CORS is answered).
  const given =
    req.method === "GET"
      ? (req.tokenHeader ?? url.searchParams.get("token"))
      : req.tokenHeader;
  if (given !== expected.token) return "missing or wrong token";
  return null;
}

/**
 * The page, the app's script and style, and pdf.js: the same for every run and holding no data, so a reload
 * needs no token in its URL.
 */
const isPublicPath = (path: string) =>
  path === "/" || path.startsWith("/web/") || path.startsWith("/pdfjs/");
