import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";
import {
  incomingFile,
  pdfSaying,
  runCliWithEnv,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("add tells a missing OCR engine once", () => {
  it("though it checks the file and then scans, each of which looks for the engine", () => {
    const c = scannedCorpus();
    // A PATH with node and nothing else: no tesseract to be found.
    const bin = join(tempDir(), "bin");
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, "node"));
    const file = incomingFile(
      c.incoming,
      "new.pdf",
      pdfSaying("Social value, once more."),
    );
    const r = runCliWithEnv(
      [
        "add",
        file,
        "--plan",
        "birch-coast",
        "--ocr",
        "auto",
        "--corpus",
        c.root,
        "--db",
        c.db,
      ],
      { PATH: bin },
    );
    expect(r.status).toBe(0);
    const told = r.stderr
      .split("\n")
      .filter((line) => line.startsWith("OCR: tesseract"));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/is not installed/);
  });
});
