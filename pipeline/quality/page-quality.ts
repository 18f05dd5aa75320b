/** Figures on one page's text layer that tell whether a zero count there can be trusted. */
export type PageQuality = {
  /** Non-whitespace characters. */
  readonly chars: number;
  /** Shares (0-1) of the non-whitespace characters. */
  readonly replacementShare: number;
  /** NUL and other control characters (a font whose codes pdf.js could not map passes them through). */
  readonly controlShare: number;
  readonly privateUseShare: number;
  readonly letterShare: number;
  /** Ligature code points (U+FB00-FB06): harmless for matching (normalised), a sign of a font without ToUnicode care. */
  readonly ligatures: number;
  /** Words glued without spaces (a run of 25+ letters), as share of words. */
  readonly gluedShare: number;
  /** Why the page's text looks unreliable; empty when it looks fine. */
  readonly flags: readonly QualityFlag[];
};

export type QualityFlag = "no-text" | "garbled" | "glued-words" | "sparse";

// Thresholds: a page is flagged when these are crossed. Set so that the shared test corpus's clean pages pass
// and broken text layers (no Unicode mapping, missing spaces) are caught.
export const QUALITY_LIMITS = {
  /** U+FFFD, control and private-use characters together above this share: the text cannot be read. */
  garbledShare: 0.1,
  /** Glued words above this share of words: spaces are missing, phrases cannot match. */
  gluedShare: 0.1,
  /** Fewer characters than this on a page with text: a heading, a figure, or text that was not extracted. */
  sparseChars: 40,
} as const;

// Only scripts written with spaces between words can have words glued together (not CJK or Thai).
const GLUED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]{25,}$/u;

/** Quality figures of a page's text as extracted (pure). */
export function measurePage(raw: string): PageQuality {
  let chars = 0;
  let replacement = 0;
  let control = 0;
  let privateUse = 0;
  let letters = 0;
  let ligatures = 0;
  for (const ch of raw) {
    const cp = ch.codePointAt(0) as number;
    // ASCII by its code, the rest by the expressions: the workbench's plans table measures every page.
    if (cp < 0x80 ? cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) : /\s/u.test(ch))
      continue;
    chars++;
    if (cp === 0xfffd) replacement++;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) control++;
    else if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) privateUse++;
    if (cp >= 0xfb00 && cp <= 0xfb06) ligatures++;
    const isLetter =
      cp < 0x80
        ? (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a
        : /\p{L}/u.test(ch) || (cp >= 0xfb00 && cp <= 0xfb06);
    if (isLetter) letters++;
  }
  const words = raw.split(/\s+/).filter(Boolean);
  // Only a word of GLUED's length or more can be one.
  const glued = words.filter(
    (w) => w.length >= 25 && GLUED.test(w.replace(/[^\p{L}]/gu, "")),
  ).length;
  const share = (n: number) => (chars === 0 ? 0 : n / chars);
  const q = {
    chars,
    replacementShare: share(replacement),
    controlShare: share(control),
    privateUseShare: share(privateUse),
    letterShare: share(letters),
    ligatures,
    gluedShare: words.length === 0 ? 0 : glued / words.length,
  };
  const flags: QualityFlag[] = [];
  if (chars === 0) flags.push("no-text");
  else {
    if (
      q.replacementShare + q.controlShare + q.privateUseShare >
      QUALITY_LIMITS.garbledShare
    )
      flags.push("garbled");
    if (q.gluedShare > QUALITY_LIMITS.gluedShare && words.length >= 20)
      flags.push("glued-words");
    if (chars < QUALITY_LIMITS.sparseChars) flags.push("sparse");
  }
  return { ...q, flags };
}

/** One line on what a flag means for the analyst. */
export const FLAG_MEANING: Readonly<Record<QualityFlag, string>> = {
  "no-text":
    "no text layer: a mention there cannot be found (scan? OCR the document)",
  garbled:
    "text unreadable (replacement, control or private-use characters: a font without Unicode mapping)",
  "glued-words": "words glued without spaces: phrases cannot match",
  sparse: "very little text: check the page (a figure or a scanned insert?)",
};
