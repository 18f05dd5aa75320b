import {
  checkCodebookRows,
  codeProblem,
  findCode,
  loadCodebook,
  resolveCode,
  DEFAULT_CODEBOOK_PATH,
} from "../../pipeline/audit/index.js";

const row = (line: number, cells: Record<string, string>) => ({ line, cells });

describe("the codebook of reasons is checked row by row, like the lexicon", () => {
  it("the study's codebook has the six reasons the issue names, in the walk's key order", () => {
    const codebook = loadCodebook(DEFAULT_CODEBOOK_PATH);
    expect(codebook.codes.map((c) => [c.key, c.id, c.countsAs])).toEqual([
      [1, "commitment", "accepted"],
      [2, "act", "accepted"],
      [3, "ethics", "rejected"],
      [4, "heading", "rejected"],
      [5, "contents", "rejected"],
      [6, "other", "rejected"],
    ]);
  });

  it("a bad id, a repeated id, no label and another counts_as are each named with their line", () => {
    const { problems } = checkCodebookRows([
      row(2, { id: "ok", label: "Fine", counts_as: "accept" }),
      row(3, { id: "Bad Id", label: "x", counts_as: "reject" }),
      row(4, { id: "ok", label: "Again", counts_as: "reject" }),
      row(5, { id: "quiet", label: "", counts_as: "reject" }),
      row(6, { id: "maybe", label: "Maybe", counts_as: "perhaps" }),
    ]);
    expect(problems).toEqual([
      '3: id "Bad Id" must be lower-case letters, digits and hyphens',
      "4: id ok is there already (line 2)",
      "5: quiet has no label",
      '6: counts_as must be accept or reject, not "perhaps"',
    ]);
    expect(
      checkCodebookRows([
        row(2, { id: "ok", label: "Fine", counts_as: "Reject" }),
      ]).problems,
    ).toEqual([]);
  });

  it("a code is found by id or key, and must count as the verdict it goes with", () => {
    const codebook = loadCodebook(DEFAULT_CODEBOOK_PATH);
    expect(findCode(codebook, "3")?.id).toBe("ethics");
    expect(findCode(codebook, "ETHICS")?.id).toBe("ethics");
    expect(codeProblem(codebook, "ethics", "rejected")).toBeNull();
    expect(codeProblem(codebook, "ethics", "accepted")).toBe(
      "code ethics (Values as ethics or civility) counts as rejected, not accepted",
    );
    expect(resolveCode(codebook, "nope", "accepted")).toEqual({
      id: null,
      problem: `no code "nope" in ${DEFAULT_CODEBOOK_PATH} (codes: commitment, act, ethics, heading, contents, other)`,
    });
    expect(resolveCode(codebook, "1", "accepted")).toEqual({
      id: "commitment",
      problem: null,
    });
  });
});
