import { join } from "node:path";
import { problemLine } from "../../pipeline/problem.js";
import { writeFileSync } from "node:fs";
import { ExtractionPool } from "../../pipeline/extract/index.js";
import type { Doc } from "../../pipeline/types.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

const doc: Doc = {
  planId: "p",
  path: "plans/p/x.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};

function pdfFile(): string {
  const file = join(tempDir(), "x.pdf");
  writeFileSync(file, makePdf([textPage("our social value")]));
  return file;
}

describe("a document past its time or memory limit is stopped and the pool goes on", () => {
  it("past the time limit: status timeout, and the next document is read by a fresh worker", async () => {
    const file = pdfFile();
    const slow = new ExtractionPool({ size: 1, timeoutMs: 1, maxHeapMb: 256 });
    const stopped = await slow.read(doc, file, "sha", 10);
    await slow.close();
    expect([stopped.status, problemLine(stopped.problem)]).toEqual([
      "timeout",
      "plans/p/x.pdf: stopped after 0 s (time limit per document, --timeout)",
    ]);

    const pool = new ExtractionPool({
      size: 1,
      timeoutMs: 30_000,
      maxHeapMb: 256,
    });
    const ok = await pool.read(doc, file, "sha", 10);
    await pool.close();
    expect([ok.status, ok.pages[0]?.raw]).toEqual(["ok", "our social value"]);
  });

  it("past the memory limit: status too-large", async () => {
    // pdf.js alone needs more than 2 MB of heap, so the worker runs out of memory on any document.
    const pool = new ExtractionPool({
      size: 1,
      timeoutMs: 30_000,
      maxHeapMb: 2,
    });
    const r = await pool.read(doc, pdfFile(), "sha", 10);
    await pool.close();
    expect(r.status).toBe("too-large");
    expect(problemLine(r.problem)).toMatch(
      /^plans\/p\/x\.pdf: stopped: reading it needs more than 2 MB/,
    );
  });
});
