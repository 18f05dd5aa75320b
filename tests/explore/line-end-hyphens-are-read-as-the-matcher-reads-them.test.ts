import { join } from "node:path";
import {
  clusters,
  compileQuery,
  findPlaces,
  pageTokens,
  type Query,
} from "../../pipeline/explore/index.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { runCli } from "../cli/run-cli.js";

const q = compileQuery("social value") as { ok: true; value: Query };
/** The places of "social value" on a page and the matcher's own test for a place, as clusters reads them. */
const read = (raw: string) => ({
  places: findPlaces(raw, q.value),
  holdsPlace: (text: string) => findPlaces(text, q.value).length > 0,
});
const words = (raw: string) => pageTokens(raw, read(raw)).map((t) => t.word);

describe("clusters and suggest read a line-end hyphen as the matcher does", () => {
  it("a compound broken at its own hyphen inside a place is two words (fixed: socialvalue)", () => {
    expect(words("We add social-\nvalue to contracts.")).toEqual([
      "we",
      "add",
      "social",
      "value",
      "to",
      "contracts",
    ]);
  });

  it("a word broken by the typesetter is one word, as in the joined reading", () => {
    expect(words("We add so-\ncial value to contracts.")).toEqual([
      "we",
      "add",
      "social",
      "value",
      "to",
      "contracts",
    ]);
    // Away from any place the joined reading stands: a word is never counted in two readings.
    expect(words("Our back-\noffice team adds social value.")).toEqual([
      "our",
      "backoffice",
      "team",
      "adds",
      "social",
      "value",
    ]);
  });

  it("clusters count both as the same phrase", () => {
    const pages = [
      "We add social-\nvalue to contracts.",
      "We add so-\ncial value to contracts.",
    ].map((raw) => ({
      plan: "p",
      tokens: pageTokens(raw, read(raw)),
      places: findPlaces(raw, q.value),
    }));
    const got = clusters(pages, 3, 3).map((c) => `${c.cluster} ${c.count}`);
    expect(got).toEqual(["add social value 2", "social value to 2"]);
  });

  it("on the command line, neither clusters nor suggest shows socialvalue", () => {
    const corpus = writeCorpus(
      [
        "Partners will add social-",
        "Trusts will add so-",
        "Boards will add social-",
      ].map((first, i) => ({
        plan: `plan-${i}`,
        path: `plans/plan-${i}/plan-${i}.pdf`,
        bytes: makePdf([
          textPage(
            first,
            `${i === 1 ? "cial value" : "value"} to every local contract.`,
          ),
        ]),
      })),
    );
    const db = join(corpus, "s.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]).status,
    ).toBe(0);
    const found = runCli([
      "clusters",
      "social value",
      "--size",
      "3",
      "--db",
      db,
      "--format",
      "csv",
    ]);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain("add social value,3,3,3");
    const suggested = runCli([
      "suggest",
      "--min-count",
      "1",
      "--db",
      db,
      "--format",
      "csv",
    ]);
    expect(suggested.status).toBe(0);
    expect(suggested.stdout).toContain("local contract");
    expect(`${found.stdout}${suggested.stdout}`).not.toContain("socialvalue");
  });
});
