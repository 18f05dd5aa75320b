import {
  findDuplicates,
  textFingerprint,
  type DedupeDocument,
} from "../../pipeline/dedupe/index.js";
import type { PageText } from "../../pipeline/types.js";

// Spec v2.1 point 3: a file whose every page has the same normalised text as an earlier file's (same page
// count, at least 50 words) is a duplicate of the first such file; files that share most but not all pages at
// the same place are near-duplicates, both counted; an analyst's declaration makes one a duplicate.

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i}`).join(" ");
const page = (pageNumber: number, raw: string): PageText => ({
  page: pageNumber,
  raw,
  hasText: raw.trim() !== "",
});
const doc = (document: string, texts: string[]): DedupeDocument => ({
  document,
  comparable: true,
  fingerprint: textFingerprint(texts.map((t, i) => page(i + 1, t))),
});
const report = words(30, "a");
const annex = words(30, "b");

describe("same-text duplicates and near-duplicates", () => {
  it("the same text in other bytes (other line breaks and spacing) is a duplicate of the first file", () => {
    const findings = findDuplicates(
      [
        doc("a.pdf", [report, annex]),
        doc("b.pdf", [report.replace(/ /g, "\n"), `  ${annex} `]),
        doc("c.pdf", [report, annex]),
      ],
      [],
    );
    expect(findings.map((f) => [f.duplicateOf, f.reason])).toEqual([
      [null, null],
      ["a.pdf", "same text"],
      ["a.pdf", "same text"],
    ]);
  });

  it("normalisation makes the ligature ﬁ and the letters fi the same text", () => {
    const a = textFingerprint([page(1, `${words(60, "w")} ﬁnance`)]);
    const b = textFingerprint([page(1, `${words(60, "w")} finance`)]);
    expect(a.pageHashes).toEqual(b.pageHashes);
    expect(a.words).toBe(61);
  });

  it("fewer than 50 words in all is never a duplicate by text", () => {
    const short = words(49, "s");
    const findings = findDuplicates(
      [doc("a.pdf", [short]), doc("b.pdf", [short])],
      [],
    );
    expect(findings[1]?.duplicateOf).toBeNull();
  });

  it("another page count, or one page changed, is not the same text; most pages shared is a near-duplicate", () => {
    const pages = Array.from({ length: 6 }, (_, i) => words(20, `p${i}`));
    const revised = pages.map((p, i) => (i === 3 ? words(20, "new") : p));
    const findings = findDuplicates(
      [
        doc("draft.pdf", pages),
        doc("revised.pdf", revised),
        doc("longer.pdf", [...pages, words(20, "extra")]),
        doc("other.pdf", [
          pages[0] as string,
          ...revised.slice(1).map((p) => `${p} x`),
        ]),
      ],
      [],
    );
    expect(
      findings.map((f) => [f.duplicateOf, f.nearDuplicateOf, f.pagesShared]),
    ).toEqual([
      [null, null, null],
      [null, "draft.pdf", 5],
      [null, "draft.pdf", 6],
      [null, null, null],
    ]);
  });

  it("blank pages shared at the same place count as shared, but do not make a near-duplicate on their own", () => {
    const findings = findDuplicates(
      [
        doc("a.pdf", [words(20, "a"), "", "", ""]),
        doc("b.pdf", [words(20, "b"), "", "", ""]),
      ],
      [],
    );
    expect(findings[1]?.nearDuplicateOf).toBeNull();
  });

  it("a declaration makes a document a duplicate of the one named; unreadable and byte copies are never compared", () => {
    const findings = findDuplicates(
      [
        doc("draft.pdf", [report, annex]),
        doc("revised.pdf", [report, words(30, "c")]),
        { document: "scan.pdf", comparable: false, fingerprint: null },
        { ...doc("copy.pdf", [report, annex]), comparable: false },
      ],
      [
        { document: "revised.pdf", duplicateOf: "draft.pdf" },
        { document: "gone.pdf", duplicateOf: "draft.pdf" },
      ],
    );
    expect(findings.map((f) => [f.document, f.duplicateOf, f.reason])).toEqual([
      ["draft.pdf", null, null],
      ["revised.pdf", "draft.pdf", "declared"],
      ["scan.pdf", null, null],
      ["copy.pdf", null, null],
    ]);
  });
});
