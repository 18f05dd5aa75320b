import {
  effectiveCodes,
  independentCodings,
  ownStates,
  studyAgreement,
} from "../../pipeline/audit/index.js";
import { blindRow, verdictRow } from "./verdict-row.js";

const coded = (code: string) => ({ code });

describe("agreement counts only independent codings", () => {
  it("a first coder's verdicts and blind ones count; one given after seeing another's does not", () => {
    const rows = [
      // m1: ann first (independent), bob blind (independent).
      verdictRow("m1", "accepted", "ann", "judge", null, coded("commitment")),
      blindRow("m1", "accepted", "bob", "commitment"),
      // m2: ann first, bob not blind after her verdict: not independent.
      verdictRow("m2", "accepted", "ann"),
      verdictRow("m2", "accepted", "bob"),
      // m3: cy's note alone was there before ann: ann could have read it.
      verdictRow("m3", "pending", "cy", "judge", "looks like civility"),
      verdictRow("m3", "rejected", "ann"),
    ];
    const codings = independentCodings(rows);
    expect([...(codings.get("ann") ?? new Map()).keys()]).toEqual(["m1", "m2"]);
    expect([...(codings.get("bob") ?? new Map()).keys()]).toEqual(["m1"]);
    expect(codings.has("cy")).toBe(false);
  });

  it("independent means blind, or before any other auditor's verdict, note or settlement existed on that mention", () => {
    const rows = [
      // m1: a settlement came first; ann, not blind, coded after it: she could have followed it.
      verdictRow("m1", "accepted", "lead", "settle"),
      verdictRow("m1", "accepted", "ann"),
      // m2: bob's verdict was there and then undone; ann coded after it existed: not independent.
      verdictRow("m2", "rejected", "bob"),
      verdictRow("m2", "pending", "bob"),
      verdictRow("m2", "rejected", "ann"),
      // m3: bob's undo alone (pending, no note) shows nothing: ann, not blind, still coded first.
      verdictRow("m3", "pending", "bob"),
      verdictRow("m3", "accepted", "ann"),
      // m4: ann's own earlier verdict and note are no other auditor's: her later one counts (the latest).
      verdictRow("m4", "accepted", "ann", "judge", "first look"),
      verdictRow("m4", "rejected", "ann"),
      // m5: another mention's verdicts say nothing about this one: cy coded m5 first.
      verdictRow("m5", "accepted", "cy"),
      // m6: after bob's verdict, ann coded blind: independent; bob, coding first, counts too.
      verdictRow("m6", "accepted", "bob"),
      blindRow("m6", "rejected", "ann"),
    ];
    const codings = independentCodings(rows);
    expect([...(codings.get("ann") ?? new Map()).entries()]).toEqual([
      ["m3", { verdict: "accepted", code: null }],
      ["m4", { verdict: "rejected", code: null }],
      ["m6", { verdict: "rejected", code: null }],
    ]);
    expect([...(codings.get("bob") ?? new Map()).keys()]).toEqual(["m6"]);
    expect([...(codings.get("cy") ?? new Map()).keys()]).toEqual(["m5"]);
    expect(codings.has("lead")).toBe(false);
  });

  it("a change of mind after seeing another's verdict keeps the independent coding; an undone one leaves none", () => {
    const rows = [
      verdictRow("m1", "accepted", "ann"),
      blindRow("m1", "rejected", "bob", "ethics"),
      verdictRow("m1", "rejected", "ann"), // ann changed her mind once bob's verdict was there
      verdictRow("m2", "accepted", "ann"),
      verdictRow("m2", "pending", "ann"), // undone
    ];
    const ann = independentCodings(rows).get("ann");
    expect(ann?.get("m1")).toEqual({ verdict: "accepted", code: null });
    expect(ann?.has("m2")).toBe(false);
  });

  it("two auditors: kappa, the confusion of reasons, the disputes and their settlements", () => {
    // m1 ann commitment / bob commitment; m2 ann commitment / bob ethics; m3 ann ethics / bob ethics;
    // m4 ann heading / bob heading; m5 ann alone. Verdicts on m1-m4: AA, AR, RR, RR: po = 3/4,
    // rows (ann) A .5 R .5, columns (bob) A .25 R .75, pe = .5 x .25 + .5 x .75 = .5, kappa = .25 / .5 = .5.
    const rows = [
      verdictRow("m1", "accepted", "ann", "judge", null, coded("commitment")),
      verdictRow("m2", "accepted", "ann", "judge", null, coded("commitment")),
      verdictRow("m3", "rejected", "ann", "judge", null, coded("ethics")),
      verdictRow("m4", "rejected", "ann", "judge", null, coded("heading")),
      verdictRow("m5", "accepted", "ann"),
      blindRow("m1", "accepted", "bob", "commitment"),
      blindRow("m2", "rejected", "bob", "ethics"),
      blindRow("m3", "rejected", "bob", "ethics"),
      blindRow("m4", "rejected", "bob", "heading"),
      verdictRow(
        "m2",
        "rejected",
        "lead",
        "settle",
        "civility",
        coded("ethics"),
      ),
    ];
    const study = studyAgreement(rows, new Set(["m1", "m2", "m3", "m4", "m5"]));
    expect(study.auditors).toEqual(["ann", "bob"]);
    const [pair] = study.pairs;
    expect([pair?.both, pair?.agreed, pair?.observed]).toEqual([4, 3, 0.75]);
    expect(pair?.kappa).toBeCloseTo(0.5, 10);
    expect(pair?.confusion).toEqual({
      categories: ["commitment", "ethics", "heading"],
      counts: [
        [1, 1, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    });
    // Alpha on the verdicts: 4 units of 2, AA AR RR RR: Σ disagreeing 2; n_A 3, n_R 5, n 8;
    // 64 - (9 + 25) = 30; alpha = 1 - 7 x 2 / 30 = .5333.
    expect(study.alpha.alpha).toBeCloseTo(1 - 14 / 30, 10);
    expect(study.disputes).toEqual([
      {
        mentionId: "m2",
        codings: [
          { auditor: "ann", verdict: "accepted", code: "commitment" },
          { auditor: "bob", verdict: "rejected", code: "ethics" },
        ],
        settlement: {
          verdict: "rejected",
          code: "ethics",
          auditor: "lead",
          note: "civility",
          decidedAt: "2026-01-01T00:00:00Z",
        },
      },
    ]);
  });

  it("mentions both judged but not independently are counted apart, and a mention gone is left out", () => {
    const rows = [
      verdictRow("m1", "accepted", "ann"),
      verdictRow("m1", "accepted", "bob"),
      verdictRow("m2", "accepted", "ann"),
      blindRow("m2", "accepted", "bob"),
    ];
    const [pair] = studyAgreement(rows, new Set(["m1"])).pairs;
    expect([pair?.both, pair?.notIndependent]).toEqual([0, 1]);
  });

  it("a blind view holds only the auditor's own verdict, reason and note", () => {
    const rows = [
      verdictRow(
        "m1",
        "accepted",
        "ann",
        "judge",
        "in procurement",
        coded("commitment"),
      ),
      blindRow("m1", "rejected", "bob", "ethics"),
      verdictRow("m1", "accepted", "lead", "settle"),
    ];
    expect(ownStates(rows, "bob").get("m1")).toEqual({
      verdict: "rejected",
      code: "ethics",
      note: null,
    });
    // The reason that counts: the settlement's (none given), over either auditor's.
    expect(effectiveCodes(rows).get("m1")).toBeNull();
    expect(effectiveCodes(rows.slice(0, 1)).get("m1")).toBe("commitment");
  });
});
