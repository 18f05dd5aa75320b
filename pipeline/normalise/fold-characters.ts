import { NormalisedBuilder, type Normalised } from "./builder.js";

// Spec §Normalisation 2: characters that carry no text. Some text layers keep U+00AD, so "commu\u00ADnity"
// would otherwise be two tokens.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
// Spec §Normalisation 3: every dash reads as "-" (U+2011, the non-breaking hyphen, is folded by NFKC to U+2010).
const DASH = /[\u2010-\u2015\u2212]/u;
// Spec §Normalisation 3: curly quotes read as straight.
const SINGLE_QUOTE = /[\u2018-\u201B\u2032]/u;
const DOUBLE_QUOTE = /[\u201C-\u201F\u00AB\u00BB\u2033]/u;
const COMBINING_MARK = /\p{M}/u;

/** Spec §Normalisation 1-3 on one code point's NFKC output. */
function foldOne(ch: string): string {
  if (INVISIBLE.test(ch)) return "";
  if (DASH.test(ch)) return "-";
  if (SINGLE_QUOTE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  return ch;
}

/** True when the ASCII character before `code` may be copied as it is (no mark or soft hyphen follows). */
const endsAsciiRun = (code: number) => code >= 0x80;

/**
 * Spec §Normalisation 1-3: NFKC, invisible characters removed, dashes and quotes folded.
 * NFKC runs on each base character with its combining marks, so every output character maps back to the
 * raw cluster it came from (a ligature "ﬁ" gives "f" and "i", both spanning the one raw character).
 * `offsets` false: the text alone (see NormalisedBuilder).
 */
export function foldCharacters(raw: string, offsets = true): Normalised {
  const out = new NormalisedBuilder(raw.length, offsets);
  let i = 0;
  while (i < raw.length) {
    // Fast path: a run of ASCII is already normal, except its last character when a combining mark or an
    // invisible character follows (they belong to its cluster).
    let j = i;
    while (j < raw.length && !endsAsciiRun(raw.charCodeAt(j))) j++;
    if (j < raw.length && j > i) j--;
    if (j > i) {
      out.pushRaw(raw, i, j);
      i = j;
      continue;
    }
    const code = raw.charCodeAt(i);
    const next = raw.charCodeAt(i + 1);
    let end =
      i +
      (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
        ? 2
        : 1);
    // The cluster takes the combining marks that follow, even across invisible characters ("e\u00AD\u0301"),
    // which are dropped before NFKC so that the mark still composes with its letter.
    for (let k = end; k < raw.length;) {
      const ch = String.fromCodePoint(raw.codePointAt(k) as number);
      if (COMBINING_MARK.test(ch)) end = k + ch.length;
      else if (!INVISIBLE.test(ch)) break;
      k += ch.length;
    }
    const cluster = raw.slice(i, end);
    const folded =
      code < 0x80 && end === i + 1
        ? cluster
        : cluster.replace(INVISIBLE_ALL, "").normalize("NFKC");
    for (const ch of folded) {
      const f = foldOne(ch);
      if (f !== "") out.push(f, i, end);
    }
    i = end;
  }
  return out.build(raw.length);
}
