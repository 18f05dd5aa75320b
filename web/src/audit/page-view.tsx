import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Box } from "../pdf/highlight-boxes.js";
import type { createPdfPages } from "../pdf/pdf-pages.js";
import { markBody } from "../test-marks.js";
import type { Audit } from "./audit-state.js";

export type PdfPages = ReturnType<typeof createPdfPages>;

/** The selected mention's page, rendered by pdf.js, with its words highlighted where they are drawn. */
export function PageView(props: {
  readonly audit: Audit;
  readonly pages: PdfPages;
}): JSX.Element {
  const { audit, pages } = props;
  const m = audit.selection.value?.mention ?? null;
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{
    id: string;
    boxes: readonly Box[];
  } | null>(null);
  // Drawn again only for another mention: a verdict changes the mention's row, not its page. A newer selection
  // cancels the drawing under way, so two never paint the canvas at once.
  useEffect(() => {
    if (m === null || canvas.current === null) return;
    const drawing = pages.draw(canvas.current, m);
    drawing.done.then((boxes) => {
      if (boxes !== null) setDrawn({ id: m.id, boxes });
    }, audit.report);
    return drawing.cancel;
  }, [m?.id]);
  useEffect(() => {
    if (drawn === null) return;
    box.current?.querySelector(".hl")?.scrollIntoView({ block: "center" });
    markBody("ready", drawn.id);
  }, [drawn]);
  return (
    <div id="pagebox" ref={box}>
      <canvas id="canvas" ref={canvas} />
      {drawn?.boxes.map(([x, y, w, h], i) => (
        <div
          key={i}
          class="hl"
          style={{
            left: `${x}px`,
            top: `${y}px`,
            width: `${w}px`,
            height: `${h}px`,
          }}
        />
      ))}
    </div>
  );
}
