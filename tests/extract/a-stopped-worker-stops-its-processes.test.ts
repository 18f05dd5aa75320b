import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractionPool } from "../../pipeline/extract/index.js";
import { OCR_MIN_CONFIDENCE, OCR_MIN_WORDS } from "../../pipeline/defaults.js";
import type { Doc } from "../../pipeline/types.js";
import { imagePage, makePdf } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import { missingOcrTools, fakeTesseract } from "../ocr/ocr-fixture.js";
import { processState } from "../robustness/unreaped-kill.js";

// A worker's processes (pdftoppm, tesseract) are bounded by the worker's own timers. When the pool stops a worker
// (the scan ends early, the worker crashed or ran out of time), those timers stop with it, so the pool stops the
// processes the worker said were still running.
const doc: Doc = {
  planId: "p",
  path: "plans/p/scan.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};

/**
 * A process's state from /proc: "gone", "zombie" (it ended; only its exit status waits to be collected), or
 * "running". Whether a pid answers a signal says nothing: a zombie answers too.
 */
function stateOf(pid: number): "gone" | "zombie" | "running" {
  const state = processState(pid);
  if (state === null) return "gone";
  return state === "Z" || state === "X" ? "zombie" : "running";
}

async function until<T>(ask: () => T | null, ms: number): Promise<T | null> {
  const end = Date.now() + ms;
  for (;;) {
    const answer = ask();
    if (answer !== null || Date.now() > end) return answer;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeUnlessMissing(
  missingOcrTools(),
  "a worker the pool stops takes its processes with it",
  () => {
    it("a tesseract still reading when the pool closes is killed, not left running", async () => {
      const folder = tempDir("stp-scan-hung-ocr-");
      const pidFile = join(folder, "pid");
      // One page without a text layer: the worker renders it and starts tesseract on it.
      const scan = join(folder, "scan.pdf");
      writeFileSync(scan, makePdf([imagePage()]));
      // Hangs on the page: past any limit this test waits for, and far past the pool's close.
      const engine = fakeTesseract(90, `echo $$ > ${pidFile}; exec sleep 120`);
      const pool = new ExtractionPool({
        size: 1,
        timeoutMs: 120_000,
        maxHeapMb: 256,
      });
      const read = pool.read(doc, scan, "sha", 10, {
        engine: { command: engine.command, name: "fake" },
        missingReason: null,
        thresholds: {
          minWords: OCR_MIN_WORDS,
          minConfidence: OCR_MIN_CONFIDENCE,
        },
        pageTimeoutMs: 120_000,
        cached: [],
      });
      const pid = await until(
        () =>
          existsSync(pidFile) && readFileSync(pidFile, "utf8").trim() !== ""
            ? Number(readFileSync(pidFile, "utf8"))
            : null,
        30_000,
      );
      expect(pid).not.toBeNull();
      expect(stateOf(pid as number)).toBe("running");
      // The worker says which processes it runs as each starts: give that message a moment to arrive.
      await new Promise((r) => setTimeout(r, 200));
      await pool.close();
      const after = await until(() => {
        const state = stateOf(pid as number);
        return state === "running" ? null : state;
      }, 5000);
      expect(after).not.toBeNull();
      // The read in flight still settles (as a document the reader stopped on), it does not hang.
      await expect(read).resolves.toHaveProperty("status");
    }, 60_000);
  },
);
