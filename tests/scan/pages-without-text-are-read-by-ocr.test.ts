import { spawn, spawnSync } from "node:child_process";
import { problemLine } from "../../pipeline/problem.js";
import { dirname, join } from "node:path";
import { scanCorpus } from "../../pipeline/scan/index.js";
import {
  openDatabase,
  readDocuments,
  readMentions,
} from "../../pipeline/store/index.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";
import { missingOcrTools, fakeTesseract } from "../ocr/ocr-fixture.js";

// The scan with OCR (spec v2.0), on generated PDFs whose image pages a stand-in for tesseract "reads": it
// answers --version and --list-langs like Tesseract 5 and prints a fixed TSV, so these tests pin what the scan
// does with OCR words (classes, statuses, mentions, what is stored and reused) in a second, not what Tesseract
// makes of an image (tests/ocr, tests/acceptance). pdftoppm renders the pages for real.
const corpusOf = () =>
  writeCorpus([
    {
      plan: "scanned",
      path: "plans/scanned/plan.pdf",
      bytes: makePdf([textPage("Our plan for care."), imagePage()]),
    },
    {
      plan: "typed",
      path: "plans/typed/plan.pdf",
      bytes: makePdf([textPage("Social value in procurement.")]),
    },
  ]);

/** Scans and returns what the exports say: documents and mentions as lines. */
async function scan(
  corpus: string,
  db: string,
  options: Parameters<typeof scanCorpus>[0] extends infer O
    ? Partial<O>
    : never,
) {
  const notices: string[] = [];
  const summary = await scanCorpus({
    corpus,
    db,
    lexicon: null,
    jobs: 2,
    onNotice: (l) => notices.push(l),
    ...options,
  });
  const handle = openDatabase(db);
  const documents = readDocuments(handle).map(
    (d) =>
      `${d.document} ${d.status} ocr [${d.pages_ocr.join(",")}] picture [${d.pages_picture.join(",")}] without [${d.pages_without_text.join(",")}]`,
  );
  const mentions = readMentions(handle).map(
    (m) =>
      `${m.document} p${m.page} ${m.term_id} ${m.source} ${m.confidence ?? "-"} ${m.boxes.length} boxes`,
  );
  handle.close();
  return { summary, documents, mentions, notices };
}

describeUnlessMissing(missingOcrTools(), "a scan with OCR on", () => {
  it("reads an image page by OCR: an ocr page, its mention from OCR with the words' confidence and their boxes", async () => {
    const engine = fakeTesseract(91.5);
    const run = await scan(corpusOf(), join(tempDir(), "db.sqlite"), {
      tesseract: engine.command,
    });
    expect(run.documents).toEqual([
      "plans/scanned/plan.pdf ok ocr [2] picture [] without []",
      "plans/typed/plan.pdf ok ocr [] picture [] without []",
    ]);
    expect(run.mentions).toEqual([
      "plans/scanned/plan.pdf p2 social-value ocr 91.5 2 boxes",
      "plans/typed/plan.pdf p1 social-value text - 1 boxes",
    ]);
    expect([run.summary.ocrPagesRead, engine.reads(), run.notices]).toEqual([
      1,
      1,
      [],
    ]);
  });

  it("a page of low confidence is unreadable, and its document partial-text with the reason", async () => {
    const run = await scan(corpusOf(), join(tempDir(), "db.sqlite"), {
      tesseract: fakeTesseract(40).command,
    });
    expect(run.documents[0]).toBe(
      "plans/scanned/plan.pdf partial-text ocr [] picture [] without [2]",
    );
    expect(problemLine(run.summary.results[0]?.problem ?? null)).toBe(
      "plans/scanned/plan.pdf: page 2 cannot be read (OCR mean confidence 40 on 13 words, below 70 (a poor scan?))",
    );
    expect(run.mentions).toEqual([
      "plans/typed/plan.pdf p1 social-value text - 1 boxes",
    ]);
  });

  it("an engine that hangs is stopped at the time limit: the page is unreadable with the reason, the scan goes on", async () => {
    const run = await scan(corpusOf(), join(tempDir(), "db.sqlite"), {
      tesseract: fakeTesseract(90, "exec sleep 60").command,
      timeoutSeconds: 2,
    });
    expect(run.documents).toEqual([
      "plans/scanned/plan.pdf partial-text ocr [] picture [] without [2]",
      "plans/typed/plan.pdf ok ocr [] picture [] without []",
    ]);
    expect(problemLine(run.summary.results[0]?.problem ?? null)).toMatch(
      /page 2 cannot be read \(OCR could not read it: tesseract stopped after 2 s/,
    );
  });

  it("a missing engine is one notice; its pages stay unread, and a scan with the engine reads them", async () => {
    const corpus = corpusOf();
    const db = join(tempDir(), "db.sqlite");
    const without = await scan(corpus, db, {
      tesseract: "/nonexistent/tesseract",
    });
    expect(
      without.notices.filter((l) =>
        l.includes("tesseract-ocr tesseract-ocr-eng"),
      ),
    ).toHaveLength(1);
    expect(without.documents[0]).toBe(
      "plans/scanned/plan.pdf partial-text ocr [] picture [] without [2]",
    );
    expect(problemLine(without.summary.results[0]?.problem ?? null)).toMatch(
      /not read by OCR \(tesseract is not installed\)/,
    );
    const engine = fakeTesseract(95);
    const withEngine = await scan(corpus, db, { tesseract: engine.command });
    expect([withEngine.documents[0], engine.reads()]).toEqual([
      "plans/scanned/plan.pdf ok ocr [2] picture [] without []",
      1,
    ]);
  });

  it("a re-run reads no page by OCR again, a new threshold classifies from stored words, --force reads again", async () => {
    const corpus = corpusOf();
    const db = join(tempDir(), "db.sqlite");
    const engine = fakeTesseract(75);
    await scan(corpus, db, { tesseract: engine.command });
    const again = await scan(corpus, db, { tesseract: engine.command });
    expect([
      again.summary.ocrPagesRead,
      engine.reads(),
      again.summary.changes.documents.unchanged,
    ]).toEqual([0, 1, 2]);
    const stricter = await scan(corpus, db, {
      tesseract: engine.command,
      ocrMinConfidence: 80,
    });
    expect([stricter.documents[0], engine.reads()]).toEqual([
      "plans/scanned/plan.pdf partial-text ocr [] picture [] without [2]",
      1,
    ]);
    // The database keeps the stricter confidence until told otherwise.
    const fewerWords = await scan(corpus, db, {
      tesseract: engine.command,
      ocrMinWords: 14,
      ocrMinConfidence: 70,
    });
    expect([fewerWords.documents[0], engine.reads()]).toEqual([
      "plans/scanned/plan.pdf ok ocr [] picture [2] without []",
      1,
    ]);
    expect(fewerWords.mentions[0]).toBe(
      "plans/scanned/plan.pdf p2 social-value ocr 75 2 boxes",
    );
    const forced = await scan(corpus, db, {
      tesseract: engine.command,
      force: true,
    });
    expect([forced.summary.ocrPagesRead, engine.reads()]).toEqual([1, 2]);
  });

  it("with --ocr off the image page is a page without text (spec v1.1), and the engine is not asked", async () => {
    const engine = fakeTesseract(95);
    const run = await scan(corpusOf(), join(tempDir(), "db.sqlite"), {
      tesseract: engine.command,
      ocr: "off",
    });
    expect(run.documents[0]).toBe(
      "plans/scanned/plan.pdf partial-text ocr [] picture [] without [2]",
    );
    expect(problemLine(run.summary.results[0]?.problem ?? null)).toBe(
      "plans/scanned/plan.pdf: page 2 has no text layer (scanned image?)",
    );
    expect(engine.reads()).toBe(0);
  });
});

describeUnlessMissing(missingOcrTools(), "a scan killed during OCR", () => {
  it("keeps the pages it read: the next scan reads only the others", async () => {
    const engine = fakeTesseract(
      90,
      `cat > /dev/null; sleep 1; cat "$(dirname "$0")/page.tsv"`,
    );
    const corpus = writeCorpus([
      {
        plan: "scanned",
        path: "plans/scanned/plan.pdf",
        bytes: makePdf([imagePage(), imagePage(), imagePage(), imagePage()]),
      },
    ]);
    const db = join(tempDir(), "db.sqlite");
    const args = [
      join(PROJECT_ROOT, "dist/pipeline/cli/main.js"),
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--quiet",
    ];
    const env = {
      ...process.env,
      PATH: `${dirname(engine.command)}:${process.env.PATH ?? ""}`,
    };
    const child = spawn(process.execPath, args, { env, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Page 2 has started, so page 1 was read and handed back.
    while (engine.reads() < 2) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGKILL");
    await exited;
    const again = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    expect(again.status).toBe(0);
    // 2 started before the kill (page 2 unfinished), then pages 2, 3 and 4: page 1 is not read again.
    expect(engine.reads()).toBe(5);
    const handle = openDatabase(db);
    expect(readDocuments(handle).map((d) => [d.status, d.pages_ocr])).toEqual([
      ["ok", [1, 2, 3, 4]],
    ]);
    handle.close();
  }, 60_000);
});
