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

// Issue 29's acceptance test: scan ../shared/stp-corpus-office (spec v2.1: Word- and PowerPoint-made files,
// picture covers after a space, outlined text, a chart of paths, blank versos, a re-upload, a re-export and a
// revision) with OCR on and with --ocr off, and compare with truth.json what the checker does not: every
// document's blank pages, the duplicates with what they repeat and why, the near-duplicate with its pages
// shared, and the mentions a duplicate keeps though they are not counted; then the statuses, page classes,
// per-page counts and the statistic as the checker does.

type TruthDoc = {
  path: string;
  status: string;
  duplicate_of: string | null;
  blank_pages?: number[];
  pages_without_text: number[];
  pages_ocr?: number[];
  pages_picture?: number[];
  pages_ocr_or_picture?: number[];
  mentions_by_page: Record<string, Record<string, number>> | null;
};
type Truth = {
  documents: TruthDoc[];
  documents_ocr_off: Pick<TruthDoc, "path" | "status" | "pages_without_text">[];
  duplicates: { doc: string; duplicate_of: string; reason: string }[];
  near_duplicates: {
    doc: string;
    near_duplicate_of: string;
    pages_shared: number;
  }[];
  statistic: Record<"threshold_1" | "threshold_2", TruthStatistic>;
  statistic_ocr_off: Record<"threshold_1" | "threshold_2", TruthStatistic>;
};

const root = join(SHARED, "stp-corpus-office");

const pages = (cell: string | undefined) =>
  cell ? cell.split(";").map(Number) : [];
const sorted = (lines: string[]) => [...lines].sort();

describeUnlessMissing(
  missingShared("stp-corpus-office/truth.json") ?? missingOcrTools(),
  "scanning ../shared/stp-corpus-office reproduces truth.json (spec v2.1), with OCR on and off",
  () => {
    const truth = JSON.parse(
      readFileSync(join(root, "truth.json"), "utf8"),
    ) as Truth;
    const db = join(tempDir(), "stp.sqlite");
    const scan = (...extra: string[]) =>
      expect(
        runCli(["scan", "--corpus", root, "--db", db, ...extra]).status,
      ).toBe(0);
    const documents = () => exportCsv(db, "documents");

    /** Blank pages, duplicates and near-duplicates of every document, as lines. */
    const stored = () =>
      documents().map(
        (d) =>
          `${d.document}: blank [${pages(d.pages_blank).join(",")}] duplicate of ${d.duplicate_of || "-"} (${d.duplicate_reason || "-"}) near ${d.near_duplicate_of || "-"} shared ${d.pages_shared || "-"}`,
      );
    const wanted = () =>
      truth.documents.map((d) => {
        const dup = truth.duplicates.find((x) => x.doc === d.path);
        const near = truth.near_duplicates.find((x) => x.doc === d.path);
        return `${d.path}: blank [${(d.blank_pages ?? []).join(",")}] duplicate of ${dup?.duplicate_of ?? "-"} (${dup?.reason ?? "-"}) near ${near?.near_duplicate_of ?? "-"} shared ${near?.pages_shared ?? "-"}`;
      });
    /** Status and page classes; with OCR on, pages read by OCR as one set where the truth leaves the class open. */
    const classes = (ocr: boolean) =>
      documents().map((d) => {
        const truthDoc = truth.documents.find((t) => t.path === d.document);
        const read =
          truthDoc?.pages_ocr_or_picture === undefined
            ? `ocr [${pages(d.pages_ocr).join(",")}] picture [${pages(d.pages_picture).join(",")}]`
            : `read by OCR [${[...pages(d.pages_ocr), ...pages(d.pages_picture)].sort((a, b) => a - b).join(",")}]`;
        return `${d.document}: ${d.status} without text [${pages(d.pages_without_text).join(",")}]${ocr ? ` ${read}` : ""}`;
      });
    const wantedClasses = (ocr: boolean) =>
      truth.documents.map((d) => {
        const off = truth.documents_ocr_off.find((o) => o.path === d.path);
        const status = (ocr ? d.status : (off?.status ?? d.status)).replace(
          /^duplicate.*/,
          "duplicate",
        );
        const without = ocr
          ? d.pages_without_text
          : (off?.pages_without_text ?? d.pages_without_text);
        const read =
          d.pages_ocr_or_picture === undefined
            ? `ocr [${(d.pages_ocr ?? []).join(",")}] picture [${(d.pages_picture ?? []).join(",")}]`
            : `read by OCR [${d.pages_ocr_or_picture.join(",")}]`;
        return `${d.path}: ${status} without text [${without.join(",")}]${ocr ? ` ${read}` : ""}`;
      });

    beforeAll(() => scan(), 600_000);

    it("with OCR on: blank pages, duplicates (what they repeat and why) and the near-duplicate with its pages shared", () => {
      expect(sorted(stored())).toEqual(sorted(wanted()));
    });

    it("with OCR on: every status and page class, per-page counts of readable documents, and the statistic", () => {
      expect(sorted(classes(true))).toEqual(sorted(wantedClasses(true)));
      const counts = storedCounts(db);
      for (const d of truth.documents)
        expect([d.path, counts.get(d.path) ?? {}]).toEqual([
          d.path,
          d.mentions_by_page ?? {},
        ]);
      expect([storedStatistic(db, 1), storedStatistic(db, 2)]).toEqual([
        truthStatistic(truth.statistic.threshold_1),
        truthStatistic(truth.statistic.threshold_2),
      ]);
    });

    it("with --ocr off: pages that paint an image or only paths are pages without text, blank pages never are", () => {
      scan("--ocr", "off");
      expect(sorted(classes(false))).toEqual(sorted(wantedClasses(false)));
      expect(sorted(stored())).toEqual(sorted(wanted()));
      expect([storedStatistic(db, 1), storedStatistic(db, 2)]).toEqual([
        truthStatistic(truth.statistic_ocr_off.threshold_1),
        truthStatistic(truth.statistic_ocr_off.threshold_2),
      ]);
    });
  },
);
