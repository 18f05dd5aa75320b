import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  findEngine,
  MISSING_ENGINE,
  readPageImage,
} from "../../pipeline/ocr/index.js";
import { fail, ok } from "../../pipeline/problem.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import { PAGE_SIZE, missingOcrTools, writeTiltedPdf } from "./ocr-fixture.js";

// A page that crashes or hangs the OCR engine becomes a value (`failure`), which the scan turns into an
// unreadable page with the reason; a missing engine is one line saying how to install it or to pass --ocr off.
/** A stand-in for tesseract: a shell script with the given body. */
function fakeEngine(body: string): string {
  const file = join(tempDir("stp-scan-fake-tesseract-"), "tesseract");
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe("findEngine", () => {
  it("says how to install tesseract, or to pass --ocr off, when it is missing", async () => {
    const found = await findEngine("/nonexistent/tesseract");
    expect(found).toEqual(fail({ reason: MISSING_ENGINE }));
    expect(MISSING_ENGINE).toMatch(
      /tesseract-ocr tesseract-ocr-eng.*make.*--ocr off/,
    );
  });

  it("names the engine with its version when it is there", async () => {
    const fake = fakeEngine(
      'case "$1" in --version) echo "tesseract 5.3.0";; --list-langs) printf "List of available languages (2):\\neng\\nosd\\n";; esac',
    );
    expect(await findEngine(fake)).toEqual(
      ok({
        command: fake,
        name: expect.stringMatching(/^tesseract 5\.3\.0 eng psm 3, 300 dpi/),
      }),
    );
  });

  it("refuses a tesseract without English data", async () => {
    const fake = fakeEngine(
      'case "$1" in --version) echo "tesseract 5.3.0";; --list-langs) echo osd;; esac',
    );
    expect(await findEngine(fake)).toEqual(
      fail({
        reason: expect.stringMatching(
          /no English data.*tesseract-ocr-eng.*--ocr off/,
        ),
      }),
    );
  });
});

describeUnlessMissing(
  missingOcrTools(),
  "readPageImage with an engine that fails",
  () => {
    const request = (command: string, timeoutMs = 20_000) => ({
      file: writeTiltedPdf(0),
      geometry: {
        page: 1,
        view: [0, 0, ...PAGE_SIZE] as const,
        rotate: 0,
      },
      engine: { command, name: "fake" },
      timeoutMs,
    });

    it("a hanging engine is killed at the time limit and the page is a failure saying so", async () => {
      const started = Date.now();
      const read = await readPageImage(
        request(fakeEngine("exec sleep 30"), 1500),
      );
      expect(read.failure).toBe(
        "OCR could not read it: tesseract stopped after 2 s (time limit per page)",
      );
      expect(read.words).toEqual([]);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it("a crashing engine is a failure naming the signal", async () => {
      const read = await readPageImage(request(fakeEngine("kill -SEGV $$")));
      expect(read.failure).toBe(
        "OCR could not read it: tesseract crashed (SIGSEGV)",
      );
    });

    it("an engine that exits non-zero or writes something else is a failure with its last words", async () => {
      const failing = await readPageImage(
        request(
          fakeEngine('echo "Error in pixReadMem: Unknown format" >&2; exit 1'),
        ),
      );
      expect(failing.failure).toBe(
        "OCR could not read it: tesseract failed (exit 1): Error in pixReadMem: Unknown format",
      );
      const babbling = await readPageImage(request(fakeEngine("echo hello")));
      expect(babbling.failure).toBe(
        'OCR could not read it: tesseract gave not Tesseract TSV (header "hello")',
      );
    });

    it("a PDF pdftoppm cannot render is a failure too", async () => {
      const bad = join(tempDir(), "bad.pdf");
      writeFileSync(bad, "%PDF-1.4\nnot really\n");
      const read = await readPageImage({ ...request("tesseract"), file: bad });
      expect(read.failure).toMatch(
        /^OCR could not read it: pdftoppm failed \(exit \d+\)/,
      );
    });
  },
);
