import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { mutate, runFuzz, seededRandom } from "./fuzz-loop.js";

describe("the fuzzer", () => {
  it("makes the same mutant from the same seed, and a different one from another", () => {
    const pdf = Buffer.from(makePdf([textPage("Social value in the plan")]));
    const a = mutate(pdf, seededRandom(7));
    expect(mutate(pdf, seededRandom(7))).toEqual(a);
    const others = [1, 2, 3, 4, 5, 6].map((s) => mutate(pdf, seededRandom(s)));
    expect(others.some((m) => !m.bytes.equals(a.bytes))).toBe(true);
  });

  it("in 10 s of mutated PDFs the scan never crashes or hangs, every file gets a status, and the database stays sound", async () => {
    const dir = tempDir("stp-fuzz-smoke-");
    mkdirSync(dir, { recursive: true });
    const sources = [
      makePdf([
        textPage("Social value", "and more text"),
        textPage("page two"),
      ]),
      makePdf([textPage("one"), imagePage(), textPage("three")]),
      makePdf([textPage("social value", "is added value")]),
    ].map((bytes, i) => {
      const file = join(dir, `source-${i}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    const summary = await runFuzz({
      sources,
      seconds: 10,
      seed: 20261125,
      batchSize: 6,
      timeout: 20,
      findingsDir: null,
    });
    expect(summary.findings).toEqual([]);
    expect(summary.integrity).toBe("ok");
    expect(summary.files).toBeGreaterThan(0);
    expect(Object.values(summary.statuses).reduce((a, b) => a + b, 0)).toBe(
      summary.files,
    );
  }, 120_000);
});
