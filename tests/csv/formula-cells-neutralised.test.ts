import { parse } from "csv-parse/sync";
import { renderCsv } from "../../pipeline/csv/index.js";

describe("CSV that opens cleanly in a spreadsheet", () => {
  it.each([
    '=HYPERLINK("http://x")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\tTAB",
    "\rCR",
  ])("a cell starting %j is not run as a formula", (cell) => {
    const [row] = parse<{ a: string }>(renderCsv(["a"], [{ a: cell }]), {
      bom: true,
      columns: true,
    });
    expect(row?.a).toBe(`'${cell}`);
  });

  it("ordinary text, numbers and negative numbers are left alone", () => {
    const rows = parse(renderCsv(["a", "n"], [{ a: "social value", n: -3 }]), {
      bom: true,
      columns: true,
    });
    expect(rows).toEqual([{ a: "social value", n: "-3" }]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180), with a BOM unless asked not to", () => {
    const csv = renderCsv(["a"], [{ a: 'x, "y"\nz' }]);
    expect(csv).toBe('\uFEFFa\r\n"x, ""y""\nz"\r\n');
    expect(renderCsv(["a"], [{ a: "x" }], { bom: false })).toBe("a\r\nx\r\n");
  });
});
