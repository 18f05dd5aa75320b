import type { JSX } from "preact";
import type { OcrRelianceJson } from "../../../pipeline/serve/api-types.js";
import { href } from "../shell/route.js";

/** How much of the figure rests on pages read by OCR, and the plans whose yes rests only on it. */
export function OcrReliance({
  ocr,
}: {
  readonly ocr: OcrRelianceJson;
}): JSX.Element {
  return (
    <>
      <h2>OCR reliance</h2>
      {ocr.pagesOcr + ocr.pagesPicture + ocr.pagesUnreadable === 0 ? (
        <p>No page was read by OCR.</p>
      ) : (
        <>
          <p id="ocr">
            {ocr.pagesOcr} page{ocr.pagesOcr === 1 ? "" : "s"} read by OCR,{" "}
            {ocr.pagesPicture} picture, {ocr.pagesUnreadable} unreadable;{" "}
            {ocr.mentions} mention{ocr.mentions === 1 ? "" : "s"} from OCR (
            {ocr.headlineMentions} headline).
            {ocr.engine !== null && (
              <span class="dim"> Engine: {ocr.engine}.</span>
            )}
          </p>
          {ocr.plansRestingOnOcr.length > 0 && (
            <p>
              Plans whose yes rests only on OCR:{" "}
              {ocr.plansRestingOnOcr.map((p, i) => (
                <span key={p.plan}>
                  {i > 0 && ", "}
                  <a href={href.plan(p.plan)}>{p.plan}</a> ({p.headline}{" "}
                  headline, {p.fromText} from text)
                </span>
              ))}
            </p>
          )}
        </>
      )}
    </>
  );
}
