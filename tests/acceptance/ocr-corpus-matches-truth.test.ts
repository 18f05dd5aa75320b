import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import {
  describeUnlessMissing,
  missingShared,
  SHARED,
  tempDir,
} from "../helpers.js";
import { missingOcrTools } from "../ocr/ocr-fixture.js";
import {
  exportCsv,
  storedCounts,
  storedStatistic,
  truthStatistic,
  type TruthStatistic,
} from "./truth-view.js";

// Issue 15's acceptance test: scan ../shared/stp-corpus-ocr (labelled under spec v2.0) with OCR on and compare
// every status, every page class, every page's count of every term and the statistic at thresholds 1 and 2
// with truth.json; then with --ocr off against its v1.1 view (`documents_ocr_off`, `statistic_ocr_off`). The
// same database is scanned again: back with OCR on, and with another threshold, no page is read by OCR twice.

type TruthDoc = {
  path: string;
  status: string;
  mentions_by_page: Record<string, Record<string, number>> | null;
  pages_without_text: number[];
  pages_ocr?: number[];
  pages_picture?: number[];
  pages_unreadable?: number[];
};
type Truth = {
  documents: TruthDoc[];
  documents_ocr_off: Pick<
    TruthDoc,
    "path" | "status" | "pages_without_text" | "mentions_by_page"
  >[];
  statistic: Record<"threshold_1" | "threshold_2", TruthStatistic>;
  statistic_ocr_off: Record<"threshold_1" | "threshold_2", TruthStatistic>;
};

const root = join(SHARED, "stp-corpus-ocr");

/** One document's outcome as comparable text: status, page classes, and each page's count of each term. */
function describeDocuments(
  docs: readonly Pick<
    TruthDoc,
    | "path"
    | "status"
    | "pages_without_text"
    | "pages_ocr"
    | "pages_picture"
    | "mentions_by_page"
  >[],
): string[] {
  return docs.flatMap((d) => [
    `${d.path}: ${d.status}; ocr [${(d.pages_ocr ?? []).join(",")}] picture [${(d.pages_picture ?? []).join(",")}] without text [${d.pages_without_text.join(",")}]`,
    ...Object.entries(d.mentions_by_page ?? {}).flatMap(([page, terms]) =>
      Object.entries(terms).map(
        ([term, n]) => `${d.path} p${page} ${term} x${n}`,
      ),
    ),
  ]);
}

describeUnlessMissing(
  missingShared("stp-corpus-ocr/truth.json") ?? missingOcrTools(),
  "scanning ../shared/stp-corpus-ocr reproduces truth.json, with OCR on and off",
  () => {
    const truth = JSON.parse(
      readFileSync(join(root, "truth.json"), "utf8"),
    ) as Truth;
    const db = join(tempDir(), "stp.sqlite");
    const scan = (...extra: string[]) => {
      const r = runCli([
        "scan",
        "--corpus",
        root,
        "--db",
        db,
        "--json",
        ...extra,
      ]);
      expect([
        r.status,
        r.stderr.split("\n").filter((l) => /OCR:/.test(l)),
      ]).toEqual([0, []]);
      return JSON.parse(r.stdout) as { ocrPagesRead: number };
    };
    const csv = (table: string) => exportCsv(db, table);
    const pages = (cell: string | undefined) =>
      cell ? cell.split(";").map(Number) : [];
    /** What the database says, in the shape of truth.json's documents (mentions only for readable ones). */
    const stored = (withClasses: boolean) => {
      const counts = storedCounts(db);
      return csv("documents").map((d) => ({
        path: d.document as string,
        status: d.status as string,
        pages_without_text: pages(d.pages_without_text),
        ...(withClasses
          ? {
              pages_ocr: pages(d.pages_ocr),
              pages_picture: pages(d.pages_picture),
            }
          : {}),
        mentions_by_page: counts.get(d.document as string) ?? {},
      }));
    };
    const readable = <
      T extends {
        status: string;
        mentions_by_page: TruthDoc["mentions_by_page"];
      },
    >(
      d: T,
    ) =>
      d.status === "ok" || d.status === "partial-text"
        ? d
        : { ...d, mentions_by_page: {} };
    const statistic = (threshold: number) => storedStatistic(db, threshold);
    const want = truthStatistic;
    const sorted = (lines: string[]) => [...lines].sort();
    const ocrView = truth.documents.map((d) =>
      readable({
        ...d,
        pages_ocr: d.pages_ocr ?? [],
        pages_picture: d.pages_picture ?? [],
      }),
    );
    const offView = truth.documents.map((d) => {
      const off = truth.documents_ocr_off.find((o) => o.path === d.path) ?? d;
      return readable({ ...off, path: d.path });
    });

    let first: { ocrPagesRead: number };
    beforeAll(() => {
      first = scan();
    }, 600_000);

    it("with OCR on: every status, page class and per-page term count, and the statistic at thresholds 1 and 2", () => {
      expect(first.ocrPagesRead).toBe(
        truth.documents.reduce(
          (n, d) =>
            n +
            (d.pages_ocr ?? []).length +
            (d.pages_picture ?? []).length +
            (d.pages_unreadable ?? []).length,
          0,
        ),
      );
      expect(sorted(describeDocuments(stored(true).map(readable)))).toEqual(
        sorted(describeDocuments(ocrView)),
      );
      expect([statistic(1), statistic(2)]).toEqual([
        want(truth.statistic.threshold_1),
        want(truth.statistic.threshold_2),
      ]);
    });

    it("mentions read by OCR say so, with a confidence; the others are text without one", () => {
      const mentions = csv("mentions");
      const ocrPages = new Set(
        truth.documents.flatMap((d) =>
          [...(d.pages_ocr ?? []), ...(d.pages_picture ?? [])].map(
            (p) => `${d.path} ${p}`,
          ),
        ),
      );
      const fromOcr = mentions.filter((m) =>
        ocrPages.has(`${m.document} ${m.page}`),
      );
      expect(fromOcr.length).toBeGreaterThan(5);
      expect(
        fromOcr.filter(
          (m) => m.source !== "ocr" || !(Number(m.confidence) > 70),
        ),
      ).toEqual([]);
      expect(
        mentions.filter(
          (m) =>
            !ocrPages.has(`${m.document} ${m.page}`) &&
            (m.source !== "text" || m.confidence !== ""),
        ),
      ).toEqual([]);
    });

    it("with --ocr off: the v1.1 view of truth.json, without reading any page by OCR", () => {
      expect(scan("--ocr", "off").ocrPagesRead).toBe(0);
      expect(sorted(describeDocuments(stored(false).map(readable)))).toEqual(
        sorted(describeDocuments(offView)),
      );
      expect([statistic(1), statistic(2)]).toEqual([
        want(truth.statistic_ocr_off.threshold_1),
        want(truth.statistic_ocr_off.threshold_2),
      ]);
    });

    it("back with OCR on, and with another confidence threshold, no page is read by OCR again", () => {
      // The database now reads with OCR off (the last scan's setting) unless told otherwise.
      expect(scan("--ocr", "auto").ocrPagesRead).toBe(0);
      expect(sorted(describeDocuments(stored(true).map(readable)))).toEqual(
        sorted(describeDocuments(ocrView)),
      );
      // The fax-quality page (mean confidence about 41) becomes an ocr page at a threshold of 30, from stored words.
      expect(scan("--ocr-min-confidence", "30").ocrPagesRead).toBe(0);
      const unreadable = truth.documents.filter(
        (d) => (d.pages_unreadable ?? []).length > 0,
      );
      expect(unreadable.length).toBeGreaterThan(0);
      const now = new Map(stored(true).map((d) => [d.path, d]));
      expect(
        unreadable.map((d) => [
          now.get(d.path)?.status,
          now.get(d.path)?.pages_ocr?.length,
        ]),
      ).toEqual(
        unreadable.map((d) => [
          "ok",
          (d.pages_ocr ?? []).length + (d.pages_unreadable ?? []).length,
        ]),
      );
    });
  },
);
