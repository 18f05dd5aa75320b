import { parseLocations } from "../locate/index.js";
import type { Location } from "../types.js";
import { UsageError } from "./fatal.js";

/** What `--location` and `--count-in` say in --help. */
export const LOCATION_HELP =
  "Only mentions in these locations, comma-separated: heading, body, list, table, footnote, caption, contents, running, references, or all";

/** The locations a `--location`/`--count-in` option names (undefined: every location); a bad list exits 2. */
export function locationsOption(
  option: string,
  text: string | undefined,
): ReadonlySet<Location> | undefined {
  if (text === undefined) return undefined;
  const parsed = parseLocations(text);
  if (!parsed.ok) throw new UsageError({ ...parsed.problem, file: option });
  return new Set(parsed.value);
}

/** True when a mention's location is among those asked for (a mention not yet located counts as body). */
export const inLocations = (
  wanted: ReadonlySet<Location> | undefined,
  location: Location | null,
) => wanted === undefined || wanted.has(location ?? "body");
