// The workbench's addresses: `#/<view>/<segments>?<params>`, pure (no DOM). A view's own state (a filter, a
// sort, a search) lives in its address, so the back button, a bookmark and a link in a figure all reach it.

/** The views, in the order the navigation shows the top ones. */
export type View =
  | "overview"
  | "plans"
  | "plan"
  | "search"
  | "document"
  | "audit"
  | "corpus"
  | "scan"
  | "lexicon"
  | "exports"
  | "candidates"
  | "elusion";

/** Where the workbench is: the view, its path segments (a plan id, a document and a page) and its parameters. */
export type Route = {
  readonly view: View;
  /** `#/plans/<id>` -> [id]; `#/documents/<id>/pages/<n>` -> [id, n]; decoded. */
  readonly ids: readonly string[];
  readonly params: URLSearchParams;
};

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The route of a location hash (`#/search?q=social+valu*`); anything unknown is the overview. */
export function routeOf(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const parts = path
    .split("/")
    .filter((p) => p !== "")
    .map(decode);
  const params = new URLSearchParams(query);
  const [head, id, sub, n] = parts;
  if (head === "plans" && id !== undefined)
    return { view: "plan", ids: [id], params };
  if (head === "documents" && id !== undefined && sub === "pages")
    return { view: "document", ids: [id, n ?? "1"], params };
  const top: Readonly<Record<string, View>> = {
    plans: "plans",
    search: "search",
    audit: "audit",
    corpus: "corpus",
    scan: "scan",
    lexicon: "lexicon",
    exports: "exports",
    candidates: "candidates",
    elusion: "elusion",
  };
  return { view: top[head ?? ""] ?? "overview", ids: [], params };
}

/** `key=value` pairs with the empty ones left out, as a query string (with its "?"), or "". */
function queryOf(params: Readonly<Record<string, string | number>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== "" && v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
}

/** The hrefs of the views. */
export const href = {
  overview: () => "#/overview",
  plans: (filters: Readonly<Record<string, string>> = {}) =>
    `#/plans${queryOf(filters)}`,
  plan: (id: string) => `#/plans/${encodeURIComponent(id)}`,
  search: (params: Readonly<Record<string, string | number>>) =>
    `#/search${queryOf(params)}`,
  /** A document's page; `hit` is the [start, end) of a search place on it, `q` the search it came from. */
  page: (
    document: string,
    page: number,
    extra: Readonly<Record<string, string | number>> = {},
  ) =>
    `#/documents/${encodeURIComponent(document)}/pages/${page}${queryOf(extra)}`,
  audit: () => "#/audit",
  corpus: () => "#/corpus",
  scan: () => "#/scan",
  lexicon: () => "#/lexicon",
  exports: () => "#/exports",
  /** The pages to read and code first, for `concept` (default: the headline terms'). */
  candidates: (params: Readonly<Record<string, string | number>> = {}) =>
    `#/candidates${queryOf(params)}`,
  elusion: () => "#/elusion",
};

/** The route's parameters with `changes` made ("" removes one), as a query string for the same path. */
export function withParams(
  route: Route,
  changes: Readonly<Record<string, string | number>>,
): URLSearchParams {
  const q = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === "") q.delete(k);
    else q.set(k, String(v));
  }
  return q;
}
