import { LOCATIONS, type Location } from "../types.js";

/** Every location, in the order tables list them (defined beside the type in types.ts). */
export { LOCATIONS };

/** Bumped when the rules change, so stored locations are worked out again (store/locations.ts). */
export const LOCATE_VERSION = 2;

export const isLocation = (s: string): s is Location =>
  (LOCATIONS as readonly string[]).includes(s);

/**
 * A comma-separated list of locations as options take it (`--location table,list`, `--count-in body,list`); `all`
 * stands for every location. Gives the locations, or the one-line reason the text is not such a list.
 */
export function parseLocations(
  text: string,
): { ok: true; value: Location[] } | { ok: false; reason: string } {
  const names = text
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (names.length === 0)
    return {
      ok: false,
      reason: `no location given (one of ${LOCATIONS.join(", ")}, or all)`,
    };
  if (names.includes("all")) return { ok: true, value: [...LOCATIONS] };
  const unknown = names.filter((n) => !isLocation(n));
  if (unknown.length > 0)
    return {
      ok: false,
      reason: `unknown location ${unknown.map((u) => `"${u}"`).join(", ")}: use ${LOCATIONS.join(", ")}, or all`,
    };
  return { ok: true, value: [...new Set(names as Location[])] };
}

/** True when a location is among those asked for (undefined: every one); a mention not yet located counts as body. */
export const inLocations = (
  wanted: ReadonlySet<Location> | undefined,
  location: Location | null,
): boolean => wanted === undefined || wanted.has(location ?? "body");
