import { MatchingStopped, recordMentions } from "../../pipeline/match/index.js";
import { matchedTooLongResult } from "../../pipeline/scan/document-result.js";
import { LEXICON_V1, PLAN_A_DOC } from "./lexicon-fixture.js";

const doc = PLAN_A_DOC;
const pages = [1, 2, 3].map((pageNumber) => ({
  page: pageNumber,
  raw: `Page ${pageNumber}: we will measure the social value of every contract.`,
  hasText: true,
}));

describe("the per-document time limit covers matching", () => {
  it("matching asks before each page whether the document's time is up, and stops there", () => {
    let asked = 0;
    expect(() =>
      recordMentions(doc, pages, LEXICON_V1, 8, () => ++asked > 2),
    ).toThrow(MatchingStopped);
    expect(asked).toBe(3);
    expect(recordMentions(doc, pages, LEXICON_V1, 8).mentions).toHaveLength(3);
  });

  it("a document stopped while matching is a timeout that records the limit, so a new limit reads it again", () => {
    const read = {
      doc,
      sha256: "ab".repeat(32),
      bytes: 1000,
      status: "ok" as const,
      pageCount: 3,
      pagesWithoutText: [],
      pagesOcr: [],
      pagesPicture: [],
      problem: null,
      pages,
      mentions: [],
    };
    const stopped = matchedTooLongResult(
      read as unknown as Parameters<typeof matchedTooLongResult>[0],
      5,
    );
    expect(stopped).toMatchObject({
      status: "timeout",
      sha256: read.sha256,
      pageCount: 3,
      stopped: { by: "time limit", limit: 5 },
      problem: {
        file: "plans/plan-a/stp.pdf",
        status: "timeout",
        reason:
          "stopped after 5 s while its pages were matched (time limit per document, --timeout)",
      },
    });
  });
});
