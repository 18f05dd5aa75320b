import { formatTable, renderKwicTable } from "../../pipeline/report/index.js";

const ROWS = 200_000;

describe("a table of 200,000 places is rendered whole, not a stack overflow", () => {
  it("the concordance table has a line per place", () => {
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      mention_id: `#${i + 1}`,
      plan_id: `plan-${Math.floor(i / 1000)}`,
      document: `plans/plan-${Math.floor(i / 1000)}/plan.pdf`,
      page: (i % 1000) + 1,
      left: "partners will work together on",
      match: "care",
      right: "for the people of the area",
      term_id: "(not in lexicon)",
      verdict: "",
    }));
    const lines = renderKwicTable(rows, { width: 160, idHeader: "#" }).split(
      "\n",
    );
    // The heading, a line per place and one per plan/document.
    expect(lines).toHaveLength(2 + ROWS + ROWS / 1000);
    expect(lines.at(-1)).toMatch(/^ {2}#200000 +p1000 +.*\| care +\|/);
  });

  it("the plain table has a line per row", () => {
    const rows = Array.from({ length: ROWS }, (_, i) => [`plan-${i}`, i]);
    const lines = formatTable(["plan", "matches"], rows).split("\n");
    expect(lines).toHaveLength(2 + ROWS);
    expect(lines.at(-1)).toBe("plan-199999   199999");
  });
});
