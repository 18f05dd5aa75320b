import type { Span } from "../types.js";
import { pageLines } from "./lines.js";
import type { DocumentLayout } from "./locate-document.js";

/**
 * The raw spans of a page that repeat rather than say something: its running lines (headers, footers), or the
 * whole page when it is a contents page, as the document's layout has them (the same lines a mention there is
 * located `running` or `contents` by). Sorted by start.
 */
export function boilerplateSpans(
  layout: DocumentLayout,
  page: { readonly page: number; readonly raw: string },
): Span[] {
  if (layout.contents.includes(page.page))
    return [{ start: 0, end: page.raw.length }];
  const running = new Set(layout.running[page.page] ?? []);
  if (running.size === 0) return [];
  // Line indexes depend on the raw text alone, not on the boxes.
  return pageLines({ page: page.page, raw: page.raw, boxes: null })
    .filter((line) => running.has(line.index))
    .map((line) => ({ start: line.start, end: line.end }));
}
