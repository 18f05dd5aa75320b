import { normalise, tokenise } from "../../pipeline/normalise/index.js";

const words = (raw: string) => tokenise(normalise(raw).text).map((t) => t.text);

describe("spec §Tokens: a token is a run of letters/digits", () => {
  it.each([
    [
      "splits on spaces and punctuation",
      "social value, 2012.",
      ["social", "value", "2012"],
    ],
    [
      "keeps an internal apostrophe",
      "the plan's value",
      ["the", "plan's", "value"],
    ],
    ["drops an apostrophe at the edge", "'plans' value", ["plans", "value"]],
    ["a curly apostrophe is internal too", "plan\u2019s", ["plan's"]],
    ["a hyphen splits tokens", "social-value", ["social", "value"]],
    ["letters of other scripts are letters", "café Ωmega", ["café", "Ωmega"]],
    ["digits glued to a word make one token", "value3", ["value3"]],
  ])("%s", (_name, raw, expected) => {
    expect(words(raw)).toEqual(expected);
  });

  it("gives offsets into the normalised text", () => {
    const tokens = tokenise("ab  cd");
    expect(tokens).toEqual([
      { text: "ab", start: 0, end: 2 },
      { text: "cd", start: 4, end: 6 },
    ]);
  });
});
