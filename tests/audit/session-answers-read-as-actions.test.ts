import { readAnswer } from "../../pipeline/audit/session.js";

describe("the terminal session reads each answer as one action (first character the key, the rest its text)", () => {
  it.each([
    ["q", { kind: "quit" }],
    ["s", { kind: "skip" }],
    ["w", { kind: "wider" }],
    ["?", { kind: "help" }],
    ["h", { kind: "help" }],
    ["u", { kind: "undo" }],
    ["n  promised in 2018 ", { kind: "note", note: "promised in 2018" }],
    ["n", { kind: "note", note: "" }],
    [
      "a",
      { kind: "judge", verdict: "accepted", wholeGroup: false, note: null },
    ],
    [
      "r boilerplate",
      {
        kind: "judge",
        verdict: "rejected",
        wholeGroup: false,
        note: "boilerplate",
      },
    ],
    ["A", { kind: "judge", verdict: "accepted", wholeGroup: true, note: null }],
    ["R", { kind: "judge", verdict: "rejected", wholeGroup: true, note: null }],
    ["x", { kind: "unknown", answer: "x" }],
    ["", { kind: "unknown", answer: "" }],
    ["Q", { kind: "unknown", answer: "Q" }],
  ])("%j", (answer, action) => {
    expect(readAnswer(answer)).toEqual(action);
  });
});
