import {
  describeProgress,
  type ScanProgress,
} from "../../pipeline/scan/index.js";

// Issue 15: OCR pages are slow, so the progress line counts them apart (done / found so far, their rate) and
// the time left takes them into account.
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

describe("describeProgress", () => {
  it("without OCR pages, says nothing of OCR and estimates by bytes", () => {
    expect(describeProgress(at({}), 10_000, 0)).toBe(
      "scanning: 2/10 documents, 40 pages read, 4 pages/s, about 10 s left",
    );
  });

  it("counts OCR pages apart with their rate, and waits for the slower of bytes and OCR pages", () => {
    // 3 of 12 OCR pages in 6 s: 0.5 pages/s, so 9 pages left take 18 s, longer than the 10 s the bytes say.
    expect(
      describeProgress(
        at({ ocrPagesRead: 3, ocrPagesToRead: 12, ocrStartedAt: 4_000 }),
        10_000,
        10_000,
      ),
    ).toBe(
      "scanning: 2/10 documents, 40 pages read, 4 pages/s, OCR 3/12 pages (0.50 pages/s), about 18 s left",
    );
    expect(describeProgress(at({ ocrPagesToRead: 5 }), 10_000, 10_000)).toBe(
      "scanning: 2/10 documents, 40 pages read, 4 pages/s, OCR 0/5 pages, estimating time left...",
    );
  });
});
