import { headline } from "../helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../../pipeline/corpus/index.js";
import { runCli } from "../cli/run-cli.js";
import {
  add,
  incomingFile,
  pdfSaying,
  scannedCorpus,
  scannedDocuments,
} from "./corpus-fixture.js";

describe("stp-scan add copies a PDF under its plan, lists it in the manifest and scans only that file", () => {
  const c = scannedCorpus();
  const bytes = pdfSaying("Our social value plan.", "And social value again.");
  const file = incomingFile(c.incoming, "STP_final_v3 (2).pdf", bytes);
  const r = add(c, file, "--plan", "birch-coast", "--type", "summary");

  it("prints one line for the file, a summary, the plan's new counts and the new statistic", () => {
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "added plans/birch-coast/stp-final-v3-2.pdf to birch-coast (ok, 2 pages)",
      "1 added, 0 refused",
      "birch-coast: 2 documents, 3 pages, 2 headline and 0 related mentions; mentions social value",
      expect.stringMatching(
        headline("unaudited", "2 of 2", "100.0%", "0 plans"),
      ),
      "",
    ]);
  });

  it("reads only the new file (the others are known by their sha256)", () => {
    expect(r.stderr).toMatch(
      /^scanned: 1 document read \(2 pages\), 2 unchanged$/m,
    );
  });

  it("copies the bytes exactly and appends a row with the plan's name, region, role, size and sha256", () => {
    expect(
      readFileSync(join(c.root, "plans/birch-coast/stp-final-v3-2.pdf")),
    ).toEqual(Buffer.from(bytes));
    const rows = readManifest(c.root)?.rows ?? [];
    expect(
      rows.map((r) => [r.planId, r.planName, r.region, r.role, r.path]),
    ).toEqual([
      [
        "alder-vale",
        "alder-vale",
        "Region",
        "plan",
        "plans/alder-vale/plan.pdf",
      ],
      [
        "birch-coast",
        "birch-coast",
        "Region",
        "plan",
        "plans/birch-coast/plan.pdf",
      ],
      [
        "birch-coast",
        "birch-coast",
        "Region",
        "summary",
        "plans/birch-coast/stp-final-v3-2.pdf",
      ],
    ]);
    expect(rows[2]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(scannedDocuments(c.db)).toContain(
      "plans/birch-coast/stp-final-v3-2.pdf ok 2",
    );
  });

  it("leaves a corpus that agrees with its manifest and database", () => {
    const check = runCli(["corpus", "check", "--corpus", c.root, "--db", c.db]);
    expect(check.stdout).toBe("corpus agrees: 3 documents\n");
    expect(check.status).toBe(0);
  });

  it("a second file with the same name gets name-2.pdf, never overwriting the first", () => {
    const again = add(
      c,
      incomingFile(
        c.incoming,
        "STP final v3 2.pdf",
        pdfSaying("Another text."),
      ),
      "--plan",
      "birch-coast",
    );
    expect(again.stdout.split("\n")[0]).toBe(
      "added plans/birch-coast/stp-final-v3-2-2.pdf to birch-coast (ok, 1 page)",
    );
    expect(
      readFileSync(join(c.root, "plans/birch-coast/stp-final-v3-2.pdf")),
    ).toEqual(Buffer.from(bytes));
  });

  it("a --title is ignored with a note when the manifest has no title column", () => {
    const titled = add(
      c,
      incomingFile(c.incoming, "titled.pdf", pdfSaying("Titled.")),
      "--plan",
      "alder-vale",
      "--title",
      "The plan",
    );
    expect(titled.status).toBe(0);
    expect(titled.stderr).toMatch(
      /^--title ignored: manifest.csv has no "title" column/m,
    );
  });
});
