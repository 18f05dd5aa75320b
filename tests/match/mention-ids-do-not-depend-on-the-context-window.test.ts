import { createHash } from "node:crypto";
import { recordMentions } from "../../pipeline/match/index.js";
import { LEXICON_V1, PLAN_A_DOC } from "./lexicon-fixture.js";

const doc = PLAN_A_DOC;
const raw =
  "Our partners commissioned services under the Social Value Act in 2016 and they\n" +
  "measured the social value of every contract let across the footprint in 2017 and again in 2018.";
const pages = [{ page: 3, raw, hasText: true }];

/**
 * The id as databases written before this change hold it: document, page, term, the surface with 8 words
 * each side (the context window then), lower-cased, and the ordinal among identical passages, hashed.
 */
function storedId(
  document: string,
  page: number,
  term: string,
  passage: string,
) {
  const key = [document, page, term, passage.toLowerCase(), 0].join("\u0000");
  return "m" + createHash("sha256").update(key).digest("hex").slice(0, 15);
}

describe("mention ids", () => {
  it("stay those of databases written before, whatever context window is shown", () => {
    const wide = recordMentions(doc, pages, LEXICON_V1, 8).mentions;
    expect(wide.map((m) => m.termId)).toEqual([
      "social-value-act",
      "social-value",
    ]);
    const before = wide.map((m) =>
      storedId(
        doc.path,
        3,
        m.termId,
        [m.leftContext, m.surface, m.rightContext].join(" "),
      ),
    );
    expect(wide.map((m) => m.mentionId)).toEqual(before);
    for (const window of [0, 3, 12]) {
      const narrow = recordMentions(doc, pages, LEXICON_V1, window).mentions;
      expect(narrow.map((m) => m.mentionId)).toEqual(before);
    }
  });

  it("show the context window asked for", () => {
    const [act] = recordMentions(doc, pages, LEXICON_V1, 3).mentions;
    expect([act?.leftContext, act?.rightContext]).toEqual([
      "services under the",
      "in 2016 and",
    ]);
  });
});
