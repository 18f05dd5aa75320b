import { countPlans } from "../../pipeline/stats/index.js";
import type { DocStatus, PlanFacts } from "../../pipeline/types.js";

type Doc = PlanFacts["documents"][number];

const doc = (
  status: DocStatus,
  pagesWithoutText: number[] = [],
  pagesDeclaredRead: number[] = [],
  error: string | null = null,
): Doc => ({
  document: `plans/a/${status}.pdf`,
  status,
  error,
  pagesWithoutText,
  pagesDeclaredRead,
});

/** The documents countPlans says leave a one-plan corpus unread, as `status: reason`. */
const unread = (...documents: Doc[]) =>
  countPlans([
    { plan: "a", name: "A", region: "", headline: 1, related: 0, documents },
  ])[0]?.unreadable.map((u) => `${u.status}: ${u.reason}`);

describe("spec §The statistic: which documents put their plan apart", () => {
  it.each<[string, Doc, string[]]>([
    ["a document read in full does not", doc("ok"), []],
    ["a duplicate does not (its original counts)", doc("duplicate"), []],
    [
      "a document with pages it could not read does",
      doc("partial-text", [3, 4]),
      ["partial-text: partial-text"],
    ],
    [
      "one whose every such page was declared read does not (spec v2.0 point 5)",
      doc("partial-text", [3, 4], [3, 4]),
      [],
    ],
    [
      "one with a page still undeclared does",
      doc("partial-text", [3, 4], [3]),
      ["partial-text: partial-text"],
    ],
    [
      "a document with no text, every page declared, does not",
      doc("no-text", [1, 2], [1, 2]),
      [],
    ],
    [
      "a document unreadable as a whole does, whatever was declared",
      doc("encrypted", [], [1], "plans/a/x.pdf: encrypted"),
      ["encrypted: plans/a/x.pdf: encrypted"],
    ],
  ])("%s", (_, d, expected) => {
    expect(unread(d)).toEqual(expected);
  });

  it("keeps the plan's counts and lists its unread documents in the order given", () => {
    const [counts] = countPlans([
      {
        plan: "a",
        name: "A",
        region: "North",
        headline: 3,
        related: 2,
        documents: [
          doc("missing"),
          doc("ok"),
          doc("corrupt", [], [], "damaged"),
        ],
      },
    ]);
    expect(counts).toEqual({
      plan: "a",
      name: "A",
      region: "North",
      headline: 3,
      related: 2,
      unreadable: [
        {
          document: "plans/a/missing.pdf",
          status: "missing",
          reason: "missing",
        },
        {
          document: "plans/a/corrupt.pdf",
          status: "corrupt",
          reason: "damaged",
        },
      ],
    });
  });
});
