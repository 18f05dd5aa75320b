import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import { fakeTesseract, missingOcrTools } from "../ocr/ocr-fixture.js";
import { runCli } from "./run-cli.js";

// Issue 15 through the CLI: a mention read by OCR is exported with source and confidence (new columns after the
// contract's), its document's OCR pages are listed, and the terminal audit offers it first within its plan,
// marked "OCR, confidence N". A stand-in tesseract (tests/ocr/ocr-fixture.ts) reads the image page.
describeUnlessMissing(
  missingOcrTools(),
  "mentions read by OCR in exports and the audit",
  () => {
    const engine = fakeTesseract(91.6);
    const env = {
      PATH: `${dirname(engine.command)}:${process.env.PATH ?? ""}`,
    };
    const corpus = writeCorpus([
      {
        plan: "mixed",
        path: "plans/mixed/plan.pdf",
        bytes: makePdf([textPage("Our social value duty."), imagePage()]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    const scan = runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"], {
      env,
    });
    const csv = (table: string) =>
      parse<Record<string, string>>(
        runCli(["export", table, "--db", db]).stdout,
        { bom: true, columns: true },
      );

    it("export mentions ends with source and confidence; export documents with pages_ocr and pages_picture", () => {
      expect([scan.status, engine.reads()]).toEqual([0, 1]);
      const header = runCli(["export", "mentions", "--db", db]).stdout.split(
        "\r\n",
      )[0];
      expect(
        header?.endsWith(
          "headline,start,end,location,source,confidence,counted,left_context_raw,surface_raw,right_context_raw",
        ),
      ).toBe(true);
      expect(
        csv("mentions").map((m) => [m.page, m.term_id, m.source, m.confidence]),
      ).toEqual([
        ["1", "social-value", "text", ""],
        ["2", "social-value", "ocr", "91.6"],
      ]);
      expect(
        csv("documents").map((d) => [
          d.status,
          d.pages_without_text,
          d.pages_ocr,
          d.pages_picture,
        ]),
      ).toEqual([["ok", "", "2", ""]]);
      const json = JSON.parse(
        runCli(["export", "documents", "--db", db, "--format", "json"]).stdout,
      );
      expect([json[0].pages_ocr, json[0].pages_picture]).toEqual([[2], []]);
    });

    it("the terminal audit offers the OCR mention first within the plan, marked with its confidence", () => {
      const session = runCli(["audit", "--db", db, "--auditor", "ann"], {
        input: "q\n",
      });
      expect(session.status).toBe(0);
      expect(session.stdout).toMatch(
        /plans\/mixed\/plan\.pdf page 2 · social-value \(headline\) · body · OCR, confidence 92 · /,
      );
      expect(session.stdout).not.toMatch(/page 1 · social-value/);
    });

    it("stats says what OCR read", () => {
      const stats = runCli(["stats", "--db", db]);
      expect(stats.stdout).toMatch(
        /^OCR \(tesseract 5\.3\.0 [^)]*\)\): 1 page read, 0 pictures, 0 pages unreadable; 1 mention from OCR \(1 headline\); no plan's yes rests only on OCR$/m,
      );
    });
  },
);
