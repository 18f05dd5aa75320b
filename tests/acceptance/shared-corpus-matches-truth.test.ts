import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import {
  describeUnlessMissing,
  missingShared,
  SHARED,
  tempDir,
} from "../helpers.js";
import {
  exportCsv,
  storedCounts,
  storedStatistic,
  truthStatistic,
  type TruthStatistic,
} from "./truth-view.js";

// The acceptance test of the foundation issue: scan ../shared/stp-corpus through the CLI and compare every
// document's status, every page's count of every term, and the statistic at thresholds 1 and 2 with truth.json.
// stp-corpus is labelled under spec v1.1, which `--ocr off` reproduces (its image-only pages are pages without text).

type TruthDoc = {
  path: string;
  status: string;
  mentions_by_page: Record<string, Record<string, number>> | null;
  pages_without_text: number[];
};
type Truth = {
  documents: TruthDoc[];
  planted_mentions: {
    doc: string;
    page: number;
    term: string;
    surface: string;
  }[];
  statistic: Record<"threshold_1" | "threshold_2", TruthStatistic>;
};

const root = join(SHARED, "stp-corpus");

describeUnlessMissing(
  missingShared("stp-corpus/truth.json"),
  "scanning ../shared/stp-corpus reproduces truth.json exactly",
  () => {
    const truth = JSON.parse(
      readFileSync(join(root, "truth.json"), "utf8"),
    ) as Truth;
    const db = join(tempDir(), "stp.sqlite");
    let scanStatus: number | null = null;
    let scanErr = "";

    beforeAll(() => {
      const r = runCli(["scan", "--corpus", root, "--db", db, "--ocr", "off"]);
      scanStatus = r.status;
      scanErr = r.stderr;
    }, 600_000);

    it("the scan succeeds", () => {
      expect([scanStatus, scanErr]).toEqual([0, expect.any(String)]);
    });

    it("every document has the status truth.json gives it", () => {
      const got = new Map(
        exportCsv(db, "documents").map((d) => [d.document, d]),
      );
      const wrong = truth.documents
        .filter((d) => got.get(d.path)?.status !== d.status)
        .map(
          (d) =>
            `${d.path}: want ${d.status}, got ${got.get(d.path)?.status ?? "<missing>"}`,
        );
      expect(wrong).toEqual([]);
      expect(got.size).toBe(truth.documents.length);
      const partial = truth.documents.filter(
        (d) => d.status === "partial-text" || d.status === "no-text",
      );
      expect(
        partial.map((d) => [d.path, got.get(d.path)?.pages_without_text]),
      ).toEqual(partial.map((d) => [d.path, d.pages_without_text.join(";")]));
    });

    it("every page of every readable document has truth's count of every term", () => {
      const got = new Map<string, number>();
      for (const [doc, byPage] of storedCounts(db))
        for (const [page, terms] of Object.entries(byPage))
          for (const [term, n] of Object.entries(terms))
            got.set(`${doc} p${page} ${term}`, n);
      const want = new Map<string, number>();
      for (const d of truth.documents.filter(
        (d) => d.status === "ok" || d.status === "partial-text",
      )) {
        for (const [page, terms] of Object.entries(d.mentions_by_page ?? {})) {
          for (const [term, n] of Object.entries(terms))
            want.set(`${d.path} p${page} ${term}`, n);
        }
      }
      const readable = new Set(
        truth.documents
          .filter((d) => d.status === "ok" || d.status === "partial-text")
          .map((d) => d.path),
      );
      const mismatches = [...new Set([...want.keys(), ...got.keys()])]
        .filter(
          (key) =>
            readable.has(key.split(" ")[0] as string) &&
            want.get(key) !== got.get(key),
        )
        .map((key) => {
          const [doc, page, term] = key.split(" ");
          const planted = truth.planted_mentions
            .filter(
              (p) => p.doc === doc && `p${p.page}` === page && p.term === term,
            )
            .map((p) => p.surface);
          return `${key}: want ${want.get(key) ?? 0}, got ${got.get(key) ?? 0}${planted.length ? ` (planted: ${JSON.stringify(planted)})` : ""}`;
        });
      expect(mismatches).toEqual([]);
      expect([...want.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    });

    it.each([
      [1, "threshold_1"],
      [2, "threshold_2"],
    ] as const)("the statistic at threshold %i", (threshold, key) => {
      expect(storedStatistic(db, threshold)).toEqual(
        truthStatistic(truth.statistic[key]),
      );
    });
  },
);
