/**
 * What the page has finished, as `data-*` marks on <body> that the browser tests (tests/serve/, tests/web/)
 * wait for: loaded (the first list is shown), listed (the list's query), ready (the mention id whose page and
 * highlights are drawn), judged (`<mention id>:<verdict>` stored).
 */
export type Mark = "loaded" | "listed" | "ready" | "judged";

/** Sets a mark, after the DOM shows what it says (call it from an effect). */
export function markBody(mark: Mark, value: string): void {
  document.body.dataset[mark] = value;
}
