/**
 * What the page has finished, as `data-*` marks on <body> that the browser tests (tests/serve/, tests/web/)
 * wait for: loaded (the audit's first list is shown), listed (the audit list's query), ready (the mention id
 * whose page and highlights are drawn), judged (`<mention id>:<verdict>` stored), shown (the address of the
 * workbench view whose data is on screen), drawn (`<document>#<page>` of the page the viewer has drawn, with
 * its highlights).
 */
export type Mark = "loaded" | "listed" | "ready" | "judged" | "shown" | "drawn";

/** Sets a mark, after the DOM shows what it says (call it from an effect). */
export function markBody(mark: Mark, value: string): void {
  document.body.dataset[mark] = value;
}
