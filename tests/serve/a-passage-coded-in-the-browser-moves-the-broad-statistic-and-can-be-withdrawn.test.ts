import type {
  CodedPassageJson,
  CodedPassageWithdrawnJson,
  PageJson,
  StatisticReportJson,
} from "../../pipeline/serve/api-types.js";
import { BETA, beyondCorpus } from "../cli/beyond-fixture.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import {
  jsonOf,
  serveWorkbench,
  type Answer,
  type Workbench,
} from "./workbench.js";

// POST /api/coded-passages codes a span of a page's stored text (the page viewer's selection, or a search hit) with a
// concept, a reason and a note, as `stp-scan code` does: it counts in the broad statistic, never the headline one.

const COPY = makePdf([textPage("Our hospitals will buy from local firms.")]);
const refusalOf = (a: Answer) => jsonOf<{ error: string }>(a).error;
const pagePath = (document: string, page: number) =>
  `/api/documents/${encodeURIComponent(document)}/pages/${page}`;

type Broad = { numerator: number; denominator: number; codedPassages: number };
type Figures = StatisticReportJson & { broad: Broad };

describe("coding a passage through the API", () => {
  const { db } = beyondCorpus([
    { plan: "delta", path: "plans/delta/plan.pdf", bytes: COPY },
    { plan: "delta", path: "plans/delta/copy.pdf", bytes: COPY },
  ]);
  let wb: Workbench;
  let text = "";
  let before: Figures;
  beforeAll(async () => {
    wb = await serveWorkbench(db);
    text = (await wb.json<PageJson>(pagePath(BETA, 2))).text;
    before = await wb.json<Figures>("/api/statistic");
  });
  afterAll(() => wb.close());
  const post = (body: object) =>
    wb.post("/api/coded-passages", JSON.stringify(body));
  const span = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };
  const asked = (over: object = {}) => ({
    document: BETA,
    page: 2,
    ...span("buy from local firms"),
    concept: "social-value",
    code: "commitment",
    note: "buys locally",
    ...over,
  });

  it("is refused in one line for a span with no word, an unknown concept, a missing or unknown code or note, a duplicate", async () => {
    const cases: [object, RegExp][] = [
      [
        { start: text.length + 5, end: text.length + 9 },
        /^plans\/beta\/plan\.pdf: page 2: characters \d+-\d+ hold no word of the page's text/,
      ],
      [{ start: 4, end: 2 }, /^start and end needed/],
      [{ concept: "thrift" }, /^no concept "thrift" in /],
      [{ code: undefined }, /^code needed: the reason/],
      [
        { code: "ethics" },
        /^code ethics \(Values as ethics or civility\) counts as reject, and a coded passage is a positive coding/,
      ],
      [{ code: "thrift" }, /^no code "thrift" in .*\(codes: commitment, act, /],
      [
        { note: " " },
        /^the note must say why the passage discusses social-value$/,
      ],
      [
        { document: "plans/delta/copy.pdf", page: 1, start: 0, end: 3 },
        /^plans\/delta\/copy\.pdf: a duplicate of plans\/delta\/plan\.pdf, which adds nothing to its plan: code the passage there$/,
      ],
      [{ page: 9 }, /^plans\/beta\/plan\.pdf: page 9: not a page of it/],
    ];
    for (const [over, reason] of cases) {
      const r = await post(asked(over));
      expect([r.status, refusalOf(r)]).toEqual([
        400,
        expect.stringMatching(reason),
      ]);
      expect(refusalOf(r)).not.toContain("\n");
    }
    const after = await wb.json<Figures>("/api/statistic");
    expect(after.broad.codedPassages).toBe(0);
  });

  it("codes the span (widened to whole words), moves the broad statistic and not the headline one", async () => {
    const { start, end } = span("buy from local firms");
    // A selection that starts and ends inside words takes the whole words.
    const r = await post(asked({ start: start + 1, end: end - 2 }));
    expect(r.status).toBe(200);
    const coded = jsonOf<CodedPassageJson>(r);
    expect(coded.text).toBe("buy from local firms");
    expect(coded.passage).toMatchObject({
      start,
      end,
      source: "analyst",
      concept: "social-value",
      headline: false,
      coded: {
        auditor: "web-tester",
        note: "buys locally",
        code: "commitment",
      },
    });
    expect([coded.broad.numerator, coded.broad.denominator]).toEqual([
      before.broad.numerator + 1,
      before.broad.denominator,
    ]);
    expect(coded.broad.line).toMatch(
      /^broad: \d+ of \d+ fully read plans .*beyond the headline figure: beta$/,
    );
    const after = await wb.json<Figures>("/api/statistic");
    expect([after.numerator, after.denominator]).toEqual([
      before.numerator,
      before.denominator,
    ]);
    expect(after.broad.numerator).toBe(before.broad.numerator + 1);
    // The page lists it among its mentions, with who coded it, why and the reason.
    const page = await wb.json<PageJson>(pagePath(BETA, 2));
    expect(page.mentions.find((m) => m.id === coded.passage.id)).toEqual(
      coded.passage,
    );
    // And the audit list carries its reason as the mention's code, and its coder's judgement as its verdict, as
    // `stp-scan export mentions` does (another auditor may still reject it).
    const listed = await wb.json<{
      rows: { id: string; code: string | null; verdict: string }[];
    }>("/api/mentions?plan=beta");
    expect(listed.rows.find((m) => m.id === coded.passage.id)).toMatchObject({
      code: "commitment",
      verdict: "accepted",
    });
  });

  it("the same span again is the same passage: the page still lists it once", async () => {
    const again = await post(asked());
    expect(again.status).toBe(200);
    const page = await wb.json<PageJson>(pagePath(BETA, 2));
    expect(page.mentions.filter((m) => m.source === "analyst")).toHaveLength(1);
  });

  it("words typed with their occurrence are coded as the command line's --text and --occurrence code them", async () => {
    const { start, end, ...rest } = asked();
    const missing = await post({ ...rest, text: "local firms", occurrence: 3 });
    expect([missing.status, refusalOf(missing)]).toEqual([
      400,
      `${BETA}: page 2: "local firms" stands 2 times on this page, so there is no occurrence 3`,
    ]);
    const r = await post({ ...rest, text: "local firms", occurrence: 2 });
    expect(r.status).toBe(200);
    const coded = jsonOf<CodedPassageJson>(r);
    expect(coded.passage.start).toBe(text.lastIndexOf("local firms"));
    const id = coded.passage.id;
    expect(
      (
        await wb.post(
          "/api/coded-passages/withdraw",
          JSON.stringify({ mention_id: id }),
        )
      ).status,
    ).toBe(200);
  });

  it("withdraw restores the figure (a new row), and a second withdraw is refused in one line", async () => {
    const page = await wb.json<PageJson>(pagePath(BETA, 2));
    const id = page.mentions.find((m) => m.source === "analyst")?.id ?? "";
    const r = await wb.post(
      "/api/coded-passages/withdraw",
      JSON.stringify({ mention_id: id }),
    );
    expect(r.status).toBe(200);
    const withdrawn = jsonOf<CodedPassageWithdrawnJson>(r);
    expect(withdrawn.broad.numerator).toBe(before.broad.numerator);
    const after = await wb.json<Figures>("/api/statistic");
    expect([after.broad.numerator, after.broad.codedPassages]).toEqual([
      before.broad.numerator,
      0,
    ]);
    expect(
      (await wb.json<PageJson>(pagePath(BETA, 2))).mentions.some(
        (m) => m.source === "analyst",
      ),
    ).toBe(false);
    const again = await wb.post(
      "/api/coded-passages/withdraw",
      JSON.stringify({ mention_id: id }),
    );
    expect([again.status, refusalOf(again)]).toEqual([
      404,
      `${id}: no coded passage stands with this id, so nothing to withdraw`,
    ]);
  });
});
