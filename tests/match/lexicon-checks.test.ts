import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkTerms,
  loadLexicon,
  LexiconError,
} from "../../pipeline/match/index.js";
import type { Term } from "../../pipeline/types.js";
import { tempDir } from "../helpers.js";

const term = (id: string, phrase: string, headline = true): Term => ({
  id,
  phrase,
  concept: "c",
  headline,
});

describe("a lexicon is checked before any PDF is opened", () => {
  it("accepts lexicon v1 as the spec gives it", () => {
    expect(
      checkTerms([
        term("social-value", "social value"),
        term("pssva", "Public Services (Social Value) Act"),
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      "duplicate ids",
      [term("a", "social value"), term("a", "social care")],
      /duplicate id "a"/,
    ],
    [
      "two phrases with the same stems",
      [term("a", "social value"), term("b", "Social Values")],
      /same stems as "a"/,
    ],
    ["an empty phrase", [term("a", "  ")], /empty phrase/],
    [
      "punctuation that breaks a phrase",
      [term("a", "social, value")],
      /punctuation/,
    ],
    ["an id with spaces", [term("social value", "social value")], /lower-case/],
  ])("rejects %s", (_name, terms, message) => {
    const problems = checkTerms(terms);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(message);
  });

  it("names the file and line of a bad row", () => {
    const file = join(tempDir(), "lexicon.csv");
    writeFileSync(
      file,
      "id,phrase,concept,headline\nsocial-value,social value,social-value,true\nx,social values,related,false\n",
    );
    expect(() => loadLexicon(file)).toThrow(LexiconError);
    expect(() => loadLexicon(file)).toThrow(
      `${file}:3: phrase "social values" of "x" has the same stems as "social-value"`,
    );
  });

  it("reads a lexicon saved by a spreadsheet (BOM, CRLF, quotes, extra columns)", () => {
    const file = join(tempDir(), "lexicon.csv");
    writeFileSync(
      file,
      '\uFEFFid,phrase,concept,headline,comment\r\n"sv","social value",social-value,TRUE,"a, note"\r\n',
    );
    expect(loadLexicon(file).terms).toEqual([
      {
        id: "sv",
        phrase: "social value",
        concept: "social-value",
        headline: true,
      },
    ]);
  });

  it("rejects a headline flag that is neither true nor false", () => {
    const file = join(tempDir(), "lexicon.csv");
    writeFileSync(
      file,
      "id,phrase,concept,headline\nsv,social value,social-value,maybe\n",
    );
    expect(() => loadLexicon(file)).toThrow(
      /:2: headline must be true or false/,
    );
  });
});
