import {
  describeProgress,
  estimateLeftMs,
  type ScanProgress,
} from "../../pipeline/scan/index.js";

const at = (p: Partial<ScanProgress>): ScanProgress => ({
  documentsDone: 2,
  documentsTotal: 10,
  pagesRead: 40,
  bytesDone: 500,
  bytesTotal: 1000,
  ocrPagesRead: 0,
  ocrPagesToRead: 0,
  ocrStartedAt: null,
  ...p,
});

describe("the time a scan has left", () => {
  it("is the bytes still to read at the speed so far when there is no OCR", () => {
    expect(estimateLeftMs(at({}), 10_000, 10_000)).toBe(10_000);
  });

  it("is unknown (estimating) before a document is done or in the first seconds", () => {
    expect(
      estimateLeftMs(at({ documentsDone: 0, bytesDone: 0 }), 10_000, 10_000),
    ).toBeNull();
    expect(estimateLeftMs(at({}), 500, 500)).toBeNull();
  });

  it("is unknown while OCR pages wait and too few have been read to time them (fixed: said about 0 s)", () => {
    // Every other document is done, so the bytes say almost nothing is left; 40 OCR pages are not read yet.
    const ocrWaiting = at({
      documentsDone: 9,
      bytesDone: 999,
      ocrPagesToRead: 40,
      ocrPagesRead: 1,
      ocrStartedAt: 9_000,
    });
    expect(estimateLeftMs(ocrWaiting, 10_000, 10_000)).toBeNull();
    expect(describeProgress(ocrWaiting, 10_000, 10_000)).toMatch(
      /, estimating time left\.\.\.$/,
    );
  });

  it("counts the OCR pages still to read at their own rate when they are slower than the bytes", () => {
    // 4 OCR pages in 8 s (2 s a page): 36 left take 72 s, though the bytes are nearly all read.
    const p = at({
      documentsDone: 9,
      bytesDone: 999,
      ocrPagesToRead: 40,
      ocrPagesRead: 4,
      ocrStartedAt: 2_000,
    });
    expect(estimateLeftMs(p, 10_000, 10_000)).toBe(72_000);
    expect(describeProgress(p, 10_000, 10_000)).toMatch(
      /, about 1 min 12 s left$/,
    );
  });

  it("never says 0 s while work remains, and says nothing once all is done", () => {
    const nearlyDone = at({
      documentsDone: 9,
      bytesDone: 999_999,
      bytesTotal: 1_000_000,
    });
    expect(estimateLeftMs(nearlyDone, 10_000, 10_000)).toBe(1_000);
    expect(describeProgress(nearlyDone, 10_000, 10_000)).toMatch(
      /, about 1 s left$/,
    );
    const done = at({ documentsDone: 10, bytesDone: 1000 });
    expect(estimateLeftMs(done, 10_000, 10_000)).toBe(0);
    expect(describeProgress(done, 10_000, 10_000)).toBe(
      "scanning: 10/10 documents, 40 pages read, 4 pages/s",
    );
  });

  it("rounds before splitting minutes: 119.6 s is 2 min 0 s", () => {
    const p = at({ bytesDone: 100, bytesTotal: 1296, documentsDone: 1 });
    expect(describeProgress(p, 10_000, 10_000)).toMatch(
      /, about 2 min 0 s left$/,
    );
  });
});
