import {
  carryVerdicts,
  effectiveVerdicts,
  type Passage,
} from "../../pipeline/audit/index.js";
import type { VerdictRow } from "../../pipeline/types.js";
import { verdictRow } from "./verdict-row.js";

// Page 1 of plan.pdf reads "... will add SOCIAL VALUE to every contract": "add SOCIAL VALUE" is 40-56.
const passage = (
  mentionId: string,
  termId: string,
  start: number,
  surface: string,
  more: Partial<Passage> = {},
): Passage => ({
  mentionId,
  document: "plans/elm/plan.pdf",
  sha256: "aaa",
  page: 1,
  start,
  end: start + surface.length,
  termId,
  surface,
  ...more,
});
const narrow = passage("m-old", "add-social-value", 40, "add SOCIAL VALUE");
const broad = passage("m-new", "social-value", 44, "SOCIAL VALUE");

const carried = (gone: Passage[], appeared: Passage[], rows: VerdictRow[]) =>
  carryVerdicts(gone, appeared, effectiveVerdicts(rows)).map(
    (c) =>
      `${c.from.mentionId} -> ${c.to.mentionId} ${c.verdict}${c.copied ? "" : " (already)"}`,
  );

describe("a verdict follows its passage: same content, same page, overlapping span, the same words", () => {
  const rejected = [verdictRow("m-old", "rejected")];

  it("a rejection goes to the broader term's mention on the same words", () => {
    expect(carried([narrow], [broad], rejected)).toEqual([
      "m-old -> m-new rejected",
    ]);
  });

  it("words broken at a line end or in other case are the same words", () => {
    const split = { ...broad, surface: "so- cial value", end: 58 };
    expect(carried([narrow], [split], rejected)).toEqual([
      "m-old -> m-new rejected",
    ]);
  });

  it.each([
    ["another page", { page: 2 }],
    ["changed document content", { sha256: "bbb" }],
    ["a span that does not overlap", { start: 80, end: 92 }],
  ])("nothing is carried to %s", (_, change) => {
    expect(carried([narrow], [{ ...broad, ...change }], rejected)).toEqual([]);
  });

  it("overlapping offsets over other words (the page text changed) carry nothing", () => {
    const other = passage(
      "m-new",
      "community-benefit",
      44,
      "community benefit",
    );
    expect(carried([narrow], [other], rejected)).toEqual([]);
  });

  it("a pending mention carries nothing; an undone verdict is pending", () => {
    expect(carried([narrow], [broad], [])).toEqual([]);
    expect(
      carried([narrow], [broad], [...rejected, verdictRow("m-old", "pending")]),
    ).toEqual([]);
  });

  it("the same content under another path is the same passage; the same path wins over it", () => {
    const moved = { ...broad, document: "plans/elm/renamed.pdf" };
    expect(carried([narrow], [moved], rejected)).toEqual([
      "m-old -> m-new rejected",
    ]);
    const copy = { ...moved, mentionId: "m-copy" };
    expect(carried([narrow], [copy, broad], rejected)).toEqual([
      "m-old -> m-new rejected",
    ]);
  });

  it("two equally good successors carry nothing", () => {
    const twin = { ...broad, mentionId: "m-twin", document: "b.pdf" };
    const other = { ...broad, document: "a.pdf" };
    expect(carried([narrow], [other, twin], rejected)).toEqual([]);
  });

  it("two judged mentions now one mention carry nothing (whose verdict would it be?)", () => {
    const social = passage("m-a", "social", 44, "SOCIAL");
    const value = passage("m-b", "value", 51, "VALUE");
    const rows = [verdictRow("m-a", "rejected"), verdictRow("m-b", "accepted")];
    expect(carried([social, value], [broad], rows)).toEqual([]);
    expect(carried([social], [broad], rows)).toEqual(["m-a -> m-new rejected"]);
  });

  it("a mention already judged the same is recorded without copying; judged otherwise, nothing is carried", () => {
    expect(
      carried(
        [narrow],
        [broad],
        [...rejected, verdictRow("m-new", "rejected")],
      ),
    ).toEqual(["m-old -> m-new rejected (already)"]);
    expect(
      carried(
        [narrow],
        [broad],
        [...rejected, verdictRow("m-new", "accepted")],
      ),
    ).toEqual([]);
  });
});
