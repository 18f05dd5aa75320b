import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";

// The running header stands on every page, so in the windows of every mention near the top of a page; the
// genuine phrase stands only beside the mentions. Body lines differ from page to page so none of them is running.
const HEADER = "Back office shared services programme";
const MENTION_LINES = [
  "Partners will add social value through community wealth building.",
  "Trusts add social value by community wealth building locally.",
  "Boards secure social value from community wealth building work.",
  "Councils grow social value with community wealth building plans.",
];
const OTHER_LINES = [
  "Waiting lists fell after theatres reopened in spring.",
  "Estates teams replaced boilers across three hospital sites.",
  "Pharmacy stock checks moved onto the new ordering system.",
  "Nurses joined rotas covering the winter pressures period.",
  "Clinics extended opening hours for outpatient reviews.",
  "Ambulance handovers improved after the new triage desk.",
];

describe("suggest ranks phrases by keyness beside the mentions and leaves running lines out", () => {
  const corpus = writeCorpus(
    [0, 1, 2].map((d) => ({
      plan: `plan-${d}`,
      path: `plans/plan-${d}/plan-${d}.pdf`,
      bytes: makePdf([
        textPage(HEADER, MENTION_LINES[d] as string, "Further detail follows."),
        textPage(HEADER, OTHER_LINES[2 * d] as string, "Page two of the plan."),
        textPage(
          HEADER,
          MENTION_LINES[(d + 1) % 4] as string,
          "Board papers list the leads.",
        ),
        textPage(
          HEADER,
          OTHER_LINES[2 * d + 1] as string,
          "Governance notes come last.",
        ),
      ]),
    })),
  );
  const db = join(corpus, "s.sqlite");
  let phrases: string[] = [];
  let rows: { phrase: string; keyness: number }[] = [];
  beforeAll(() => {
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]).status,
    ).toBe(0);
    const all = ["--top", "0", "--format", "json"];
    const found = runCli(["suggest", "--db", db, ...all]);
    expect(found.status).toBe(0);
    rows = (
      JSON.parse(found.stdout) as {
        rows: { phrase: string; keyness: number }[];
      }
    ).rows;
    phrases = rows.map((r) => r.phrase);
  }, 120_000);

  it("the phrase that stands beside the mentions comes first", () => {
    expect(phrases[0]).toBe("community wealth building");
  });

  it("the running header gives no candidate", () => {
    expect(phrases.length).toBeGreaterThan(0);
    expect(
      phrases.filter((p) => /back|office|shared|services/.test(p)),
    ).toEqual([]);
  });

  it("a phrase never beside a mention is no candidate, however often it recurs", () => {
    expect(phrases).toContain("community wealth building");
    expect(phrases).not.toContain("page two");
    expect(phrases).not.toContain("governance notes");
    expect(rows.filter((r) => !(r.keyness > 0))).toEqual([]);
  });
});
