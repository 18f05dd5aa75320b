import { effectiveVerdicts } from "../../pipeline/audit/index.js";
import type { VerdictRow } from "../../pipeline/types.js";
import { verdictRow } from "./verdict-row.js";

const row = verdictRow;
const verdicts = (rows: VerdictRow[]) =>
  Object.fromEntries(
    [...effectiveVerdicts(rows)].map(([m, s]) => [m, s.verdict]),
  );

describe("the verdict that counts, from an append-only history", () => {
  it("one auditor: the latest verdict wins, earlier ones stay in the history", () => {
    expect(verdicts([row("m1", "accepted"), row("m1", "rejected")])).toEqual({
      m1: "rejected",
    });
  });

  it("an undone verdict (back to pending) leaves the mention pending", () => {
    expect(verdicts([row("m1", "accepted"), row("m1", "pending")])).toEqual({
      m1: "pending",
    });
  });

  it("two auditors who agree give their verdict; who disagree leave it disputed", () => {
    expect(
      verdicts([row("m1", "accepted", "ann"), row("m1", "accepted", "bob")]),
    ).toEqual({ m1: "accepted" });
    expect(
      verdicts([row("m2", "accepted", "ann"), row("m2", "rejected", "bob")]),
    ).toEqual({ m2: "disputed" });
  });

  it("a settlement decides a disputed mention, whatever came before", () => {
    expect(
      verdicts([
        row("m1", "accepted", "ann"),
        row("m1", "rejected", "bob"),
        row("m1", "rejected", "cy", "settle"),
      ]),
    ).toEqual({ m1: "rejected" });
  });

  it("keeps the latest note even when a later verdict has none", () => {
    const state = effectiveVerdicts([
      row("m1", "rejected", "ann", "judge", "a value, not the Act"),
      row("m1", "rejected"),
    ]).get("m1");
    expect(state?.note).toBe("a value, not the Act");
  });
});
