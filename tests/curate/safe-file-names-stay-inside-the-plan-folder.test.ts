import {
  freeFileName,
  safeFileName,
} from "../../pipeline/curate/safe-file-name.js";
import { checkRelativePath } from "../../pipeline/corpus/index.js";

describe("a new file gets a safe, readable name that never overwrites another", () => {
  it.each([
    ["STP_final_v3 (2).pdf", "stp-final-v3-2.pdf"],
    ["Alder Vale STP.PDF", "alder-vale-stp.pdf"],
    ["Plan für Süd-Ost – v2.pdf", "plan-fur-sud-ost-v2.pdf"],
    ["report.v2.final.pdf", "report.v2.final.pdf"],
    ["v3 . final.pdf", "v3.final.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["..\\..\\evil.pdf", "evil.pdf"],
    ["/abs/path/plan.pdf", "plan.pdf"],
    ["..pdf", "document.pdf"],
    [".hidden.pdf", "hidden.pdf"],
    ["a\0b.pdf", "a-b.pdf"],
    ["計画.pdf", "document.pdf"],
    ["", "document.pdf"],
    ["notes.docx", "notes.docx.pdf"],
  ])("%j becomes %j", (original, expected) => {
    expect(safeFileName(original)).toBe(expected);
  });

  it("names only [a-z0-9.-] with no '..', for any input", () => {
    const inputs = [
      "x".repeat(300),
      "A B\tC\nD",
      "...",
      "a..b",
      "-a-",
      "Ω≈ç√∫˜µ≤≥÷",
      "con.pdf",
      "%00.pdf",
    ];
    const names = inputs.map(safeFileName);
    expect(names).toHaveLength(inputs.length);
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9.-]*\.pdf$/);
      expect(name).not.toContain("..");
      expect(checkRelativePath(`plans/p/${name}`)).toBeNull();
    }
  });

  it("keeps at most 100 characters before .pdf", () => {
    expect(safeFileName(`${"a".repeat(99)} ${"b".repeat(50)}.pdf`)).toBe(
      `${"a".repeat(99)}.pdf`,
    );
    expect(safeFileName(`${"a".repeat(150)}.pdf`)).toHaveLength(104);
  });

  it("picks name-2.pdf, name-3.pdf... when the name is taken, and the name itself when it is free", () => {
    const taken = new Set(["plan.pdf", "plan-2.pdf"]);
    expect(freeFileName("plan.pdf", (n) => taken.has(n))).toBe("plan-3.pdf");
    expect(freeFileName("summary.pdf", (n) => taken.has(n))).toBe(
      "summary.pdf",
    );
  });
});
