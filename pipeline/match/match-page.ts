import type { Mention, PageText } from "../types.js";
import {
  normaliseReadings,
  tokenise,
  type Normalised,
} from "../normalise/index.js";
import type { CompiledLexicon } from "./lexicon.js";
import { resolveOverlaps, type Candidate } from "./resolve-overlaps.js";
import { isJoiningSeparator } from "./separator.js";
import { stem } from "./stem.js";

/** Every term found in one normalised reading, with spans mapped back to raw offsets. */
function findCandidates(
  reading: Normalised,
  lexicon: CompiledLexicon,
): Candidate[] {
  const tokens = tokenise(reading.text);
  const stems = tokens.map((t) => stem(t.text));
  // joins[k]: may a phrase run on from token k to token k + 1?
  const joins = tokens.map((t, k) => {
    const next = tokens[k + 1];
    return (
      next !== undefined &&
      isJoiningSeparator(reading.text.slice(t.end, next.start))
    );
  });
  const found: Candidate[] = [];
  stems.forEach((first, i) => {
    for (const term of lexicon.byFirstStem.get(first) ?? []) {
      const n = term.stems.length;
      let k = 1;
      while (
        k < n &&
        joins[i + k - 1] === true &&
        stems[i + k] === term.stems[k]
      )
        k++;
      if (k < n) continue;
      const startToken = tokens[i];
      const endToken = tokens[i + n - 1];
      if (startToken === undefined || endToken === undefined) continue;
      found.push({
        termId: term.term.id,
        span: {
          start: reading.toRaw[startToken.start] as number,
          end: reading.toRawEnd[endToken.end - 1] as number,
        },
        tokenCount: n,
        termOrder: term.order,
      });
    }
  });
  return found;
}

/** Spec §Tokens and terms on one page: the mentions it holds, in page order, spans into `page.raw`. */
export function matchPage(page: PageText, lexicon: CompiledLexicon): Mention[] {
  if (!page.hasText) return [];
  const candidates = normaliseReadings(page.raw).flatMap((reading) =>
    findCandidates(reading, lexicon),
  );
  return resolveOverlaps(candidates).map((c) => ({
    pageNumber: page.pageNumber,
    termId: c.termId,
    span: c.span,
    surface: page.raw.slice(c.span.start, c.span.end),
  }));
}
