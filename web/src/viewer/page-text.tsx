import type { JSX } from "preact";

/** A span of the page text to mark, and how (a search hit, a mention, or a passage an analyst coded). */
export type TextMark = {
  readonly start: number;
  readonly end: number;
  readonly kind: "hit" | "mention" | "coded";
};

/** The page text cut at the marks: plain runs and marked runs, in order; overlapping marks are merged. */
export function textRuns(
  text: string,
  marks: readonly TextMark[],
): { readonly text: string; readonly kind: TextMark["kind"] | null }[] {
  const sorted = [...marks]
    .filter((m) => m.end > m.start && m.start < text.length)
    // A hit and a mention on the same words: the hit is marked (it is what the analyst came to see).
    .sort((a, b) => a.start - b.start || (a.kind === "hit" ? -1 : 1));
  const runs: { text: string; kind: TextMark["kind"] | null }[] = [];
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), kind: null });
    runs.push({ text: text.slice(start, end), kind: m.kind });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), kind: null });
  return runs;
}

/** The page's text as extracted, with the search hit and the mentions marked (set as text, never as HTML). */
export function PageText(props: {
  readonly text: string;
  readonly marks: readonly TextMark[];
}): JSX.Element {
  return (
    <pre id="page-text" class="page-text">
      {textRuns(props.text, props.marks).map((r, i) =>
        r.kind === null ? (
          r.text
        ) : (
          <mark key={i} class={`mark-${r.kind}`}>
            {r.text}
          </mark>
        ),
      )}
    </pre>
  );
}

/**
 * The span [start, end) of the page text the reader has selected in `pre` (PageText's element), as offsets into the
 * text (the text is set as it is, so characters before the selection's ends are its offsets); null when nothing
 * of it is selected.
 */
export function selectedSpan(
  pre: HTMLElement,
): { readonly start: number; readonly end: number } | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !pre.contains(range.commonAncestorContainer))
    return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = pre.ownerDocument.createRange();
    before.selectNodeContents(pre);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
