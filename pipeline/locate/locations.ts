import type { Location } from "../types.js";

/** Every location, in the order tables list them. */
export const LOCATIONS: readonly Location[] = [
  "heading",
  "body",
  "list",
  "table",
  "footnote",
  "caption",
  "contents",
  "running",
  "references",
];

/** Bumped when the rules change, so stored locations are worked out again (store/locations.ts). */
export const LOCATE_VERSION = 1;

export const isLocation = (s: string): s is Location =>
  (LOCATIONS as readonly string[]).includes(s);
