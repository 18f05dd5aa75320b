import fc from "fast-check";
import { matchPage } from "../../pipeline/match/index.js";
import {
  eachReading,
  normalise,
  normaliseReadings,
  tokenise,
} from "../../pipeline/normalise/index.js";
import { LEXICON_V1 } from "../match/lexicon-fixture.js";

// Strings made from an alphabet of trouble: ligatures, invisible characters, every dash, line ends, runs of
// whitespace, curly quotes, brackets, combining marks, and the letters of the lexicon's words.
const TROUBLE = [
  "ﬁ",
  "ﬂ",
  "ﬀ",
  "\u00AD",
  "\u200B",
  "\uFEFF",
  "\u2010",
  "\u2011",
  "\u2013",
  "\u2014",
  "\u2212",
  "-",
  "-\n",
  "\n",
  " ",
  "  ",
  "\t",
  "\u00A0",
  "\u2019",
  "\u201C",
  "(",
  ")",
  ".",
  ",",
  "/",
  "e\u0301",
  "social",
  "value",
  "Value",
  "act",
  "so",
  "cial",
  "val",
  "ue",
  "a",
  "S",
  "1",
];
const troubleText = fc
  .array(fc.constantFrom(...TROUBLE), { maxLength: 40 })
  .map((parts) => parts.join(""));
const readingsOf = (raw: string) => [
  normalise(raw, "joined"),
  normalise(raw, "compound"),
];

describe("offsets map back to the raw text (property tests)", () => {
  it("toRaw never decreases and stays within the raw text", () => {
    fc.assert(
      fc.property(troubleText, (raw) => {
        for (const n of readingsOf(raw)) {
          expect(n.toRaw.length).toBe(n.text.length + 1);
          expect(n.toRaw[n.text.length]).toBe(raw.length);
          for (let i = 0; i < n.text.length; i++) {
            expect(n.toRaw[i]).toBeGreaterThanOrEqual(
              i === 0 ? 0 : (n.toRaw[i - 1] as number),
            );
            expect(n.toRawEnd[i]).toBeGreaterThan(n.toRaw[i] as number);
            expect(n.toRawEnd[i]).toBeLessThanOrEqual(raw.length);
          }
        }
      }),
    );
  });

  it("every token's raw span normalises back to the token's text (joined reading)", () => {
    fc.assert(
      fc.property(troubleText, (raw) => {
        const n = normalise(raw, "joined");
        for (const t of tokenise(n.text)) {
          const slice = raw.slice(n.toRaw[t.start], n.toRawEnd[t.end - 1]);
          expect(normalise(slice, "joined").text).toBe(t.text);
        }
      }),
    );
  });

  it("normalising twice changes nothing", () => {
    fc.assert(
      fc.property(troubleText, (raw) => {
        for (const reading of ["joined", "compound"] as const) {
          const once = normalise(raw, reading).text;
          expect(normalise(once, reading).text).toBe(once);
        }
      }),
    );
  });

  it("soft hyphens and zero-width characters inserted anywhere leave the tokens the same", () => {
    fc.assert(
      fc.property(
        troubleText,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom("\u00AD", "\u200B", "\u2060"),
        (raw, at, invisible) => {
          let withInvisible = raw;
          for (const i of at) {
            const k = i % (withInvisible.length + 1);
            withInvisible =
              withInvisible.slice(0, k) + invisible + withInvisible.slice(k);
          }
          const words = (s: string) =>
            tokenise(normalise(s).text).map((t) => t.text);
          expect(words(withInvisible)).toEqual(words(raw));
        },
      ),
    );
  });

  it("mentions never overlap and their surface is the raw slice", () => {
    fc.assert(
      fc.property(troubleText, (raw) => {
        const mentions = matchPage({ page: 1, raw, hasText: true }, LEXICON_V1);
        mentions.forEach((m, i) => {
          expect(m.surface).toBe(raw.slice(m.span.start, m.span.end));
          const next = mentions[i + 1];
          if (next) expect(next.span.start).toBeGreaterThanOrEqual(m.span.end);
        });
      }),
    );
  });

  it("a page without line-end hyphens has one reading", () => {
    expect(normaliseReadings("social value")).toHaveLength(1);
  });

  it("readings made without offsets have the same text as those with them", () => {
    fc.assert(
      fc.property(troubleText, (raw) => {
        const bare = [...eachReading(raw, { offsets: false })];
        expect(bare.map((r) => r.text)).toEqual(
          normaliseReadings(raw).map((r) => r.text),
        );
        expect(bare.every((r) => r.toRaw.length === 0)).toBe(true);
      }),
    );
  });
});
