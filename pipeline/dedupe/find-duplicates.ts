import { MIN_SAME_TEXT_WORDS } from "../defaults.js";
import type { DuplicateFinding, TextFingerprint } from "../types.js";

/** A document as the duplicate rules see it, in manifest order. */
export type DedupeDocument = {
  readonly document: string;
  /** Read with a status that counts (ok, partial-text), and not a copy of earlier bytes. */
  readonly comparable: boolean;
  /** null: its text is not known (unreadable, or not worked out). */
  readonly fingerprint: TextFingerprint | null;
};

/** An analyst's standing declaration that `document` repeats `duplicateOf`. */
export type DuplicateClaim = {
  readonly document: string;
  readonly duplicateOf: string;
};

export type { DuplicateFinding };

/**
 * What two documents with the same text share, as one key: every page's text in order; null for a document too
 * short to be called a copy (fewer than MIN_SAME_TEXT_WORDS words in all).
 */
export const sameTextKey = (fp: TextFingerprint): string | null =>
  fp.words < MIN_SAME_TEXT_WORDS ? null : fp.pageHashes.join("/");

/** Pages at the same place with the same text: all of them, and those that hold text. */
function shared(a: TextFingerprint, b: TextFingerprint) {
  let all = 0;
  let withText = 0;
  const n = Math.min(a.pageHashes.length, b.pageHashes.length);
  for (let i = 0; i < n; i++)
    if (a.pageHashes[i] === b.pageHashes[i]) {
      all++;
      if (a.pageHashes[i] !== "") withText++;
    }
  return { all, withText };
}

/**
 * Spec v2.1 point 3, over the documents in manifest order. A document whose every page has the same normalised
 * text as an earlier document's (same page count, at least MIN_SAME_TEXT_WORDS words) is a duplicate of the
 * first such document; one an analyst declared is a duplicate of the document named. Of the rest, a document
 * whose pages at the same place hold the same text as an earlier one's on at least half of its pages (and of
 * the earlier one's) is that one's near-duplicate: listed, still counted. Pure.
 */
export function findDuplicates(
  documents: readonly DedupeDocument[],
  claims: readonly DuplicateClaim[],
): DuplicateFinding[] {
  const claimed = new Map(claims.map((c) => [c.document, c.duplicateOf]));
  const present = new Set(documents.map((d) => d.document));
  const originals = new Map<string, string>();
  // Where each page's text stands among the originals: "page index, hash" → documents, to find candidates.
  const byPage = new Map<string, string[]>();
  const fingerprints = new Map<string, TextFingerprint>();
  return documents.map((d): DuplicateFinding => {
    const none = {
      document: d.document,
      duplicateOf: null,
      reason: null,
      nearDuplicateOf: null,
      pagesShared: null,
    };
    if (!d.comparable) return none;
    const fp = d.fingerprint;
    const key = fp === null ? null : sameTextKey(fp);
    const first = key === null ? undefined : originals.get(key);
    if (first !== undefined)
      return { ...none, duplicateOf: first, reason: "same text" };
    const declared = claimed.get(d.document);
    if (
      declared !== undefined &&
      declared !== d.document &&
      present.has(declared)
    )
      return { ...none, duplicateOf: declared, reason: "declared" };
    if (fp === null) return none;
    const near = nearest(fp, byPage, fingerprints);
    if (key !== null) originals.set(key, d.document);
    fingerprints.set(d.document, fp);
    fp.pageHashes.forEach((h, i) => {
      if (h === "") return;
      const key = `${i}\u0000${h}`;
      byPage.set(key, [...(byPage.get(key) ?? []), d.document]);
    });
    return near === null ? none : { ...none, ...near };
  });
}

/** The earlier document sharing the most pages with `fp`, if it shares at least half of each one's pages. */
function nearest(
  fp: TextFingerprint,
  byPage: ReadonlyMap<string, readonly string[]>,
  fingerprints: ReadonlyMap<string, TextFingerprint>,
): Pick<DuplicateFinding, "nearDuplicateOf" | "pagesShared"> | null {
  const candidates = new Set<string>();
  fp.pageHashes.forEach((h, i) => {
    for (const doc of byPage.get(`${i}\u0000${h}`) ?? []) candidates.add(doc);
  });
  let best: { document: string; all: number } | null = null;
  for (const document of candidates) {
    const other = fingerprints.get(document) as TextFingerprint;
    const { all, withText } = shared(fp, other);
    const pages = Math.max(fp.pageHashes.length, other.pageHashes.length);
    if (2 * withText < pages) continue;
    if (best === null || all > best.all) best = { document, all };
  }
  return best === null
    ? null
    : { nearDuplicateOf: best.document, pagesShared: best.all };
}
