import {
  sortConcordance,
  unknownSortKeys,
} from "../../pipeline/explore/index.js";

/** A concordance line: its plan, the words left and right of the match, its corpus order. */
const line = (order: number, plan: string, left: string, right: string) => ({
  order,
  plan_id: plan,
  document: `plans/${plan}/plan.pdf`,
  page: 1,
  match: "social value",
  term_id: "",
  concept: "",
  left,
  right,
});

const LINES = [
  line(0, "cedar", "we will add", "to every contract."),
  line(1, "alder", "the board adds", "(jobs) to contracts"),
  line(2, "birch", "and we add", "to any tender"),
  line(3, "alder", "it brings", "by hiring locally"),
];

const orders = (keys: string[]) =>
  sortConcordance(LINES, keys).map((l) => l.order);

describe("a concordance sorts by several keys at once, AntConc-style, ties in corpus order", () => {
  it("no keys: corpus order", () => {
    expect(orders([])).toEqual([0, 1, 2, 3]);
  });

  it("R1 compares the first word right of the match, without its punctuation; R2 breaks its ties", () => {
    expect(orders(["R1"])).toEqual([3, 1, 0, 2]);
    expect(orders(["R1", "R2"])).toEqual([3, 1, 2, 0]);
    expect(orders(["R2"])).toEqual([2, 0, 3, 1]);
  });

  it("L1 is the word nearest the match on its left; then plan breaks its ties", () => {
    expect(orders(["L1"])).toEqual([0, 2, 1, 3]);
    expect(orders(["L1", "plan"])).toEqual([2, 0, 1, 3]);
    expect(orders(["L1", "-plan"])).toEqual([0, 2, 1, 3]);
  });

  it("plan, then R3; a - sorts a key descending", () => {
    expect(orders(["plan", "R3"])).toEqual([1, 3, 2, 0]);
    expect(orders(["-plan"])).toEqual([0, 2, 1, 3]);
  });

  it("a key it does not know is told, the known ones pass", () => {
    expect(
      unknownSortKeys([
        "R1",
        "-L9",
        "plan",
        "right",
        "R0",
        "L10",
        "X1",
        "Plan",
      ]),
    ).toEqual(["R0", "L10", "X1", "Plan"]);
  });
});
