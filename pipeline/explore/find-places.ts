import { normaliseReadings } from "../normalise/index.js";
import { matchPage, resolveOverlaps, type Candidate } from "../match/index.js";
import type { Span } from "../types.js";
import type { LinearRegex } from "./linear-regex.js";
import type { Query } from "./query.js";

/** Where a regular expression matches a page, in every hyphen reading; one place per overlap (longest wins). */
function regexPlaces(raw: string, regex: LinearRegex): Span[] {
  const found: Candidate[] = [];
  for (const reading of normaliseReadings(raw)) {
    for (const m of regex.matches(reading.text)) {
      if (m.length === 0) continue;
      const start = reading.toRaw[m.index] as number;
      const end = reading.toRawEnd[m.index + m.length - 1] as number;
      found.push({
        termId: "",
        span: { start, end },
        tokenCount: 1,
        termOrder: 0,
      });
    }
  }
  return resolveOverlaps(found).map((c) => c.span);
}

/**
 * The places a query holds on one page, in page order, as spans into `raw` (the page text as extracted). A
 * phrase is matched by the scan's own matcher (spec §Normalisation, §Tokens and terms: both hyphen readings,
 * phrase separators, longest span); a regular expression runs on each normalised reading, mapped back to raw.
 */
export function findPlaces(raw: string, query: Query): Span[] {
  if (query.kind === "regex") return regexPlaces(raw, query.regex);
  return matchPage({ page: 1, raw, hasText: true }, query.lexicon).map(
    (m) => m.span,
  );
}
