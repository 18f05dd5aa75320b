import {
  assessPages,
  measurePage,
  pageRanges,
} from "../../pipeline/quality/index.js";

const body =
  "Our partners will add social value to every contract we award across the footprint this year. ".repeat(
    3,
  );

describe("quality figures tell a trustworthy page from one whose text cannot be read", () => {
  it("ordinary prose has no flag", () => {
    expect(measurePage(body).flags).toEqual([]);
  });

  it("a page without text is flagged no-text", () => {
    expect(measurePage("  \n ").flags).toEqual(["no-text"]);
  });

  it.each([
    ["replacement characters", "\uFFFD".repeat(30)],
    [
      "control characters from a font without Unicode mapping",
      "\u0002\u0003\u0004 \u0005\u0003\u0006".repeat(10),
    ],
    ["private-use characters", "\uE001\uE002\uE003 ".repeat(20)],
  ])("%s make a page garbled", (_name, junk) => {
    const q = measurePage(`${body}${junk}`);
    expect(q.flags).toContain("garbled");
  });

  it("a little junk among text is not garbled (positive neighbour)", () => {
    expect(measurePage(`${body}\uFFFD`).flags).toEqual([]);
  });

  it("words glued without spaces are flagged; CJK, which has no spaces, is not", () => {
    const glued = "Ourpartnerswilladdsocialvaluetoeverycontract ".repeat(30);
    expect(measurePage(glued).flags).toContain("glued-words");
    expect(
      measurePage(
        "东北电气发展股份有限公司二零一八年第一季度报告全文重要事项进展情况及其影响和解决方案的分析说明 ".repeat(
          30,
        ),
      ).flags,
    ).toEqual([]);
  });

  it("tables of numbers are not garbled", () => {
    expect(
      measurePage("2007 Tax Table 41,000 41,050 6,154 6,161 ".repeat(50)).flags,
    ).toEqual([]);
  });

  it("counts ligature code points and a page with very little text is sparse", () => {
    expect(measurePage(`${body} ﬁnance ﬂow`).ligatures).toBe(2);
    expect(measurePage("Figure 3").flags).toEqual(["sparse"]);
  });

  it("groups flagged pages by document and writes page ranges", () => {
    const docs = assessPages([
      { plan: "a", document: "x.pdf", page: 1, text: body },
      { plan: "a", document: "x.pdf", page: 2, text: "" },
      { plan: "a", document: "x.pdf", page: 3, text: "" },
      { plan: "b", document: "y.pdf", page: 1, text: body },
    ]);
    expect(docs).toEqual([
      {
        plan: "a",
        document: "x.pdf",
        pages: 3,
        flagged: [
          { page: 2, flags: ["no-text"], chars: 0 },
          { page: 3, flags: ["no-text"], chars: 0 },
        ],
      },
    ]);
    expect(pageRanges([9, 3, 5, 6, 7, 12])).toBe("3, 5-7, 9, 12");
  });

  it("a picture page read by OCR is not flagged for its few words, an OCR page of text is measured like any (#15)", () => {
    const docs = assessPages([
      { plan: "a", document: "x.pdf", page: 1, text: "", source: "picture" },
      {
        plan: "a",
        document: "x.pdf",
        page: 2,
        text: "Better care",
        source: "picture",
      },
      {
        plan: "a",
        document: "x.pdf",
        page: 3,
        text: "Figure 3",
        source: "ocr",
      },
      { plan: "a", document: "x.pdf", page: 4, text: "", source: "unreadable" },
    ]);
    expect(
      docs.map((d) => [
        d.pages,
        d.flagged.map((f) => `${f.page} ${f.flags.join(",")}`),
      ]),
    ).toEqual([[4, ["3 sparse", "4 no-text"]]]);
  });
});
