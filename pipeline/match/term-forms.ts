import { normalise, tokenise } from "../normalise/index.js";
import type { Term } from "../types.js";

/** A mention with the words around it, as `terms` takes its forms and its examples from. */
type SeenMention = {
  readonly mention_id: string;
  readonly term_id: string;
  readonly surface: string;
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
};

/** A surface form a term matched: how often, and its first mention as an example. */
export type TermForm = {
  readonly form: string;
  readonly count: number;
  readonly example: string;
  readonly mentionId: string;
};

/** What a lexicon term caught: its mentions, and their surface forms, the most frequent first. */
export type TermForms = {
  readonly term: string;
  readonly phrase: string;
  readonly concept: string;
  readonly headline: boolean;
  readonly mentions: number;
  readonly forms: readonly TermForm[];
};

/** For each term, the surface forms its stems caught, each with a count and one example (`stp-scan terms`). */
export function termForms(
  terms: readonly Term[],
  mentions: readonly SeenMention[],
): TermForms[] {
  return terms.map((t) => {
    const forms = new Map<
      string,
      { count: number; example: string; mentionId: string }
    >();
    for (const m of mentions.filter((x) => x.term_id === t.id)) {
      const form = surfaceForm(m.surface, t.phrase);
      const f = forms.get(form) ?? {
        count: 0,
        example: `…${m.left} [${m.match}] ${m.right}… (${m.document} p${m.page})`,
        mentionId: m.mention_id,
      };
      f.count++;
      forms.set(form, f);
    }
    return {
      term: t.id,
      phrase: t.phrase,
      concept: t.concept,
      headline: t.headline,
      mentions: [...forms.values()].reduce((a, f) => a + f.count, 0),
      forms: [...forms]
        .sort((a, b) => b[1].count - a[1].count)
        .map(([form, f]) => ({ form, ...f })),
    };
  });
}

/**
 * A surface as the words it reads: case, line breaks, soft hyphens and line-end hyphenation do not make new
 * forms ("SO-\ncial Value" and "social value" are one), but inflections do ("social values").
 */
function surfaceForm(surface: string, phrase: string): string {
  const words = tokenise(normalise(phrase).text).length;
  const joined = tokenise(normalise(surface, "joined").text);
  const reading =
    joined.length === words
      ? joined
      : tokenise(normalise(surface, "compound").text);
  return reading.map((t) => t.text.toLowerCase()).join(" ");
}
