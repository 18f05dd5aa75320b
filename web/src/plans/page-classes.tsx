import type { JSX } from "preact";
import type { PageClassJson } from "../../../pipeline/serve/api-types.js";
import { href } from "../shell/route.js";

/** Each page class, as the strip and its legend name it. */
export const CLASS_NAMES: Readonly<Record<PageClassJson, string>> = {
  text: "text layer",
  ocr: "read by OCR",
  picture: "picture (no words)",
  unreadable: "unreadable",
  blank: "blank",
};

/** "3 text layer, 1 read by OCR": how many pages of each class, in words. */
export function classCounts(classes: readonly PageClassJson[]): string {
  const counts = new Map<PageClassJson, number>();
  for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${n} ${CLASS_NAMES[c]}`).join(", ");
}

/**
 * A document's pages as a strip of cells, one per page, coloured by class (the counts are written beside it, so
 * no class is told by colour alone). A click opens the page; the keyboard opens pages from the document's
 * link and the viewer's previous/next, so the strip's cells are not each a Tab stop.
 */
export function PageClassStrip(props: {
  readonly document: string;
  readonly classes: readonly PageClassJson[];
}): JSX.Element {
  return (
    <span class="classes">
      <span class="strip" aria-hidden="true">
        {props.classes.map((c, i) => (
          <a
            key={i}
            class={`pc pc-${c}`}
            href={href.page(props.document, i + 1)}
            tabIndex={-1}
            title={`page ${i + 1}: ${CLASS_NAMES[c]}`}
          />
        ))}
      </span>{" "}
      <span class="dim">{classCounts(props.classes)}</span>
    </span>
  );
}
