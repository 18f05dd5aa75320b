import {
  compileLexicon,
  holdsAnyTerm,
  matchPage,
} from "../../pipeline/match/index.js";
import { LEXICON_V1 } from "./lexicon-fixture.js";

// The re-run's check after a lexicon edit (scan/rematch.ts): a page where no new term occurs keeps its mentions.
const added = compileLexicon([
  {
    id: "anchor-institution",
    phrase: "anchor institution",
    concept: "related",
    headline: false,
  },
]);
const page = (raw: string, hasText = true) => ({
  page: 1,
  raw,
  hasText,
});

describe("holdsAnyTerm: does a term of a lexicon occur on a page at all", () => {
  it("is false where the phrase's stems stand apart or in another order", () => {
    expect(holdsAnyTerm(page("An institution is an anchor."), added)).toBe(
      false,
    );
    expect(holdsAnyTerm(page("anchor. Institution"), added)).toBe(false);
  });

  it("is true in either reading of a line-end hyphen, and across a line break", () => {
    expect(holdsAnyTerm(page("an anchor insti-\ntution"), added)).toBe(true);
    expect(holdsAnyTerm(page("an anchor-\ninstitution"), added)).toBe(true);
    expect(holdsAnyTerm(page("Anchor\nInstitutions"), added)).toBe(true);
  });

  it("is true where the term occurs but loses its overlap, so the page is matched again", () => {
    // "social value" occurs inside the Act: no mention of its own, yet the page holds the term.
    const socialValue = compileLexicon(
      LEXICON_V1.terms.filter((t) => t.id === "social-value"),
    );
    const raw = "the Social Value Act applies";
    expect(holdsAnyTerm(page(raw), socialValue)).toBe(true);
    expect(matchPage(page(raw), LEXICON_V1).map((m) => m.termId)).toEqual([
      "social-value-act",
    ]);
  });

  it("finds a term whose first word starts with a capital outside ASCII (the first letter is matched lower-cased)", () => {
    const accented = compileLexicon([
      {
        id: "equipe-locale",
        phrase: "équipe locale",
        concept: "related",
        headline: false,
      },
    ]);
    expect(holdsAnyTerm(page("Une ÉQUIPE LOCALE forte"), accented)).toBe(true);
    expect(holdsAnyTerm(page("Une équipe, locale"), accented)).toBe(false);
  });

  it("is false on a page without text", () => {
    expect(holdsAnyTerm(page("anchor institution", false), added)).toBe(false);
  });
});
