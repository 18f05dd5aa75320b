import { planWork } from "../../pipeline/scan/plan-work.js";
import type { scanTables } from "../../pipeline/store/index.js";
import type { Doc } from "../../pipeline/types.js";

const doc: Doc = {
  planId: "p",
  path: "plans/p/x.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};

// Fields given loosely, so that the test also ran (and failed) against the code before stoppedBy existed.
const stored = (fields: Record<string, unknown>): scanTables.StoredDocument =>
  ({
    sha256: "abc",
    status: "corrupt",
    extractor: "e",
    removed: false,
    pageCount: null,
    pagesWithoutText: [],
    pagesOcr: [],
    pagesPicture: [],
    ocr: "off",
    problem: null,
    blankPages: [],
    warnings: [],
    repaired: false,
    ...fields,
  }) as unknown as scanTables.StoredDocument;

const kindFor = (s: scanTables.StoredDocument) =>
  planWork([{ doc, file: "/c/x.pdf", sha256: "abc", bytes: 10 }], {
    stored: new Map([[doc.path, s]]),
    extractor: "e",
    lexiconChanged: false,
    force: false,
    ocrSettings: "off",
    limits: { timeoutSeconds: 30, maxMemoryMb: 2048 },
  })[0]?.kind;

describe("a document whose reader crashed is read again; a damaged one is kept", () => {
  it("the reader crashed on it: read again at the next scan, whatever the limits", () => {
    expect(
      kindFor(stored({ stoppedBy: "reader crash", stoppedLimit: null })),
    ).toBe("read");
  });
  it("a damaged file (corrupt, stopped by nothing): kept", () => {
    expect(kindFor(stored({ stoppedBy: null, stoppedLimit: null }))).toBe(
      "keep",
    );
  });
  it("stopped at the limits the scan runs with: kept; at other ones, or unknown ones: read again", () => {
    const timedOut = (limit: number | null) =>
      stored({
        status: "timeout",
        stoppedBy: "time limit",
        stoppedLimit: limit,
      });
    expect(kindFor(timedOut(30))).toBe("keep");
    expect(kindFor(timedOut(10))).toBe("read");
    expect(kindFor(timedOut(null))).toBe("read");
    const tooLarge = (limit: number) =>
      stored({
        status: "too-large",
        stoppedBy: "memory limit",
        stoppedLimit: limit,
      });
    expect(kindFor(tooLarge(2048))).toBe("keep");
    expect(kindFor(tooLarge(1024))).toBe("read");
  });
});
