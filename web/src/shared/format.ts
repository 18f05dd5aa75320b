// How figures read on screen: as the command line prints them (one decimal, a 95% interval), pure.
import type { IntervalJson } from "../../../pipeline/serve/api-types.js";

/** 0.8 -> "80.0%"; null (no plan to count) -> "–". */
export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? "–" : `${(share * 100).toFixed(1)}%`;

/** "95% interval 37.6%-96.4%", or "" without one. */
export const intervalText = (i: IntervalJson | null | undefined): string =>
  i === null || i === undefined
    ? ""
    : `95% interval ${percent(i.low)}-${percent(i.high)}`;

/** The last part of a stored path (`plans/a/b.pdf` -> `b.pdf`). */
export const fileName = (document: string): string =>
  document.split("/").pop() ?? document;
