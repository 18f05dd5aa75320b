import type { JSX } from "preact";
import type { ElusionJson } from "../../../pipeline/serve/api-types.js";
import { percent } from "./format.js";

/** Pages that may still be missed, a whole number: the bound is never rounded down. */
export const missedPagesAtMost = (bound: number): number =>
  Math.ceil(bound - 1e-9);

/** "rate 10.0%, exact (Clopper-Pearson) 95% interval 0.3%-44.5%", or "" before any page is judged. */
export function elusionRateText(e: NonNullable<ElusionJson>): string {
  return e.rate === null || e.interval === null
    ? ""
    : `rate ${percent(e.rate)}, exact (Clopper-Pearson) 95% interval ${percent(e.interval.low)}-${percent(e.interval.high)}`;
}

/**
 * What a draw bounds: of the pages nobody judged, how many may still discuss the concept (the rate's upper bound
 * times them), with the yes pages and the rate it comes from; before any answer, how far the draw is.
 */
export function ElusionBound({
  elusion,
}: {
  readonly elusion: NonNullable<ElusionJson>;
}): JSX.Element {
  const e = elusion;
  if (e.missedPagesUpperBound === null)
    return (
      <span>
        Draw {e.drawId}: {e.pagesDrawn} pages drawn, none judged yet.
      </span>
    );
  return (
    <span>
      Of <strong>{e.pagesNotJudged}</strong> page
      {e.pagesNotJudged === 1 ? "" : "s"} not judged, at most{" "}
      <strong>{missedPagesAtMost(e.missedPagesUpperBound)}</strong> may still
      discuss the concept ({e.yesPages} yes of {e.pagesJudged} judged;{" "}
      {elusionRateText(e)}).
    </span>
  );
}
