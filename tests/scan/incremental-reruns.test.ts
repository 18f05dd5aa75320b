import {
  copyFileSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_LEXICON_PATH } from "../../pipeline/match/index.js";
import { scanCorpus, type ScanSummary } from "../../pipeline/scan/index.js";
import { openDatabase, readMentions } from "../../pipeline/store/index.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

const docs = [
  {
    plan: "a",
    path: "plans/a/plan.pdf",
    bytes: makePdf([
      textPage("We apply the Social Value Act."),
      textPage("An anchor institution helps."),
      textPage("Nothing here."),
    ]),
  },
  {
    plan: "b",
    path: "plans/b/plan.pdf",
    bytes: makePdf([textPage("More social value, and a social enterprise.")]),
  },
  {
    plan: "c",
    path: "plans/c/plan.pdf",
    bytes: makePdf([textPage("Social care only.")]),
  },
];

type Run = { summary: ScanSummary; mentions: string[] };

/** Scans into `db` and returns the summary and the mentions as readable lines (id, place, term, surface). */
async function scan(
  corpus: string,
  db: string,
  lexicon: string | null = null,
  force = false,
): Promise<Run> {
  const summary = await scanCorpus({ corpus, db, lexicon, jobs: 2, force });
  const handle = openDatabase(db);
  const mentions = readMentions(handle).map(
    (m) => `${m.mention_id} ${m.document} p${m.page} ${m.term_id} ${m.surface}`,
  );
  handle.close();
  return { summary, mentions };
}

function lexiconWith(extra: string, drop?: string): string {
  const file = join(tempDir(), "lexicon.csv");
  copyFileSync(DEFAULT_LEXICON_PATH, file);
  const lines = readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .filter((l) => drop === undefined || !l.startsWith(`${drop},`));
  writeFileSync(file, [...lines, ...(extra ? [extra] : [])].join("\n") + "\n");
  return file;
}

describe("re-runs redo only what changed", () => {
  it("with nothing changed, no document is read or matched again and nothing moves", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    const first = await scan(corpus, db);
    const again = await scan(corpus, db);
    expect(first.summary.changes.firstScan).toBe(true);
    expect(again.summary.changes.documents).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: 3,
      read: 0,
      rematched: 0,
    });
    expect(again.summary.pagesRead).toBe(0);
    expect(again.mentions).toEqual(first.mentions);
    expect(again.summary.changes.mentions).toEqual({
      appeared: {},
      disappeared: {},
    });
    expect(again.summary.changes.statistic.moved).toBe(false);
  });

  it("after adding a term, only pages that can hold it are matched again, and the result equals a full scan", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    const first = await scan(corpus, db);
    const lexicon = lexiconWith(
      "anchor-institution,anchor institution,related,false",
    );
    const edited = await scan(corpus, db, lexicon);
    expect(edited.summary.pagesRead).toBe(0);
    expect(edited.summary.changes.documents).toMatchObject({
      read: 0,
      rematched: 1,
      unchanged: 2,
    });
    expect(edited.summary.changes.mentions).toEqual({
      appeared: { "anchor-institution": 1 },
      disappeared: {},
    });
    // Mentions that were there keep their ids.
    expect(edited.mentions).toEqual(expect.arrayContaining(first.mentions));
    const fresh = await scan(corpus, join(tempDir(), "fresh.sqlite"), lexicon);
    expect(edited.mentions).toEqual(fresh.mentions);
  });

  it("after adding a term whose words stand on a page but not as the phrase, the page is not matched again", async () => {
    // Page c holds "social" and "care", the stems of the new term, but never "care social".
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    const first = await scan(corpus, db);
    const lexicon = lexiconWith("care-social,care social,related,false");
    const edited = await scan(corpus, db, lexicon);
    expect(edited.summary.changes.documents).toMatchObject({
      read: 0,
      rematched: 0,
      unchanged: 3,
    });
    expect(edited.mentions).toEqual(first.mentions);
    const fresh = await scan(corpus, join(tempDir(), "fresh.sqlite"), lexicon);
    expect(edited.mentions).toEqual(fresh.mentions);
  });

  it("after adding a term, a page whose stems stand apart is not even read again, unless its pair filter is missing", async () => {
    // Page c's stored text is changed behind the scan's back to hold "care social": a page the pair filter turns
    // away keeps its mentions without its text being read, so the phrase is not found there; with the filter gone
    // (a row stored before schema 13) the page is read and matched, and it is.
    const lexicon = lexiconWith("care-social,care social,related,false");
    const run = async (dropFilter: boolean) => {
      const corpus = writeCorpus(docs);
      const db = join(tempDir(), "db.sqlite");
      await scan(corpus, db);
      const handle = openDatabase(db);
      const sha = handle
        .prepare(`SELECT sha256 FROM documents WHERE plan_id = 'c'`)
        .pluck()
        .get() as string;
      const pairs = handle
        .prepare(`SELECT stem_pairs FROM pages WHERE sha256 = ?`)
        .pluck()
        .get(sha) as Buffer;
      expect(pairs.length).toBeGreaterThanOrEqual(8);
      handle
        .prepare(
          `UPDATE pages SET text = 'Social care, care social only.'${dropFilter ? ", stem_pairs = NULL" : ""}
           WHERE sha256 = ?`,
        )
        .run(sha);
      handle.close();
      return (await scan(corpus, db, lexicon)).mentions.filter((m) =>
        m.includes(" care-social "),
      );
    };
    expect(await run(false)).toEqual([]);
    expect(await run(true)).toEqual([
      expect.stringMatching(/ plans\/c\/plan\.pdf p1 care-social care social$/),
    ]);
  });

  it("after adding a term, a mention found again on a page matched again keeps its stored location", async () => {
    // Doc a's page 1 holds both the Act and (after the edit) the new term, so it is matched again. Its location
    // is set here to one the rules would not give: kept, it was carried over; worked out again, it would change.
    const corpus = writeCorpus([
      {
        plan: "a",
        path: "plans/a/plan.pdf",
        bytes: makePdf([
          textPage("We apply the Social Value Act with an anchor institution."),
        ]),
      },
    ]);
    const db = join(tempDir(), "db.sqlite");
    await scan(corpus, db);
    const handle = openDatabase(db);
    handle.prepare(`UPDATE mentions SET location = 'caption'`).run();
    handle.close();
    await scan(
      corpus,
      db,
      lexiconWith("anchor-institution,anchor institution,related,false"),
    );
    const after = openDatabase(db);
    const rows = after
      .prepare(`SELECT term_id, location FROM mentions ORDER BY term_id`)
      .all();
    after.close();
    expect(rows).toEqual([
      { term_id: "anchor-institution", location: "body" },
      { term_id: "social-value-act", location: "caption" },
    ]);
  });

  it("after removing a term, the shorter term it covered surfaces, as a full scan would find", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    await scan(corpus, db);
    const lexicon = lexiconWith("", "social-value-act");
    const edited = await scan(corpus, db, lexicon);
    expect(edited.summary.changes.mentions).toEqual({
      appeared: { "social-value": 1 },
      disappeared: { "social-value-act": 1 },
    });
    const fresh = await scan(corpus, join(tempDir(), "fresh.sqlite"), lexicon);
    expect(edited.mentions).toEqual(fresh.mentions);
  });

  it("a changed file is read again; a removed file leaves; the statistic says it moved", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    await scan(corpus, db);
    writeFileSync(
      join(corpus, "plans/c/plan.pdf"),
      makePdf([textPage("Now with social value.")]),
    );
    writeFileSync(
      join(corpus, "manifest.csv"),
      "plan_id,path\na,plans/a/plan.pdf\nc,plans/c/plan.pdf\n",
    );
    rmSync(join(corpus, "plans/b"), { recursive: true });
    const next = await scan(corpus, db);
    expect(next.summary.changes.documents).toMatchObject({
      changed: ["plans/c/plan.pdf"],
      removed: ["plans/b/plan.pdf"],
      read: 1,
      unchanged: 1,
    });
    expect(next.summary.changes.statistic).toEqual({
      before: { numerator: 2, denominator: 3, share: 2 / 3 },
      after: { numerator: 2, denominator: 2, share: 1 },
      moved: true,
    });
  });

  it("a verdict whose mention disappears is reported as orphaned and kept", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    // No other term finds "anchor institution" (one that did would take the verdict: a-verdict-follows-its-passage).
    const anchor = "anchor-institution,anchor institution,related,false";
    const first = await scan(corpus, db, lexiconWith(anchor));
    const act = first.mentions
      .find((m) => m.includes("anchor-institution"))
      ?.split(" ")[0] as string;
    const handle = openDatabase(db);
    handle
      .prepare(
        `INSERT INTO verdicts (mention_id, verdict, auditor, decided_at) VALUES (?, 'accepted', 'test', '2026-01-01')`,
      )
      .run(act);
    handle.close();
    const edited = await scan(corpus, db, lexiconWith(""));
    expect(edited.summary.changes.orphanedVerdicts).toEqual([
      { mentionId: act, verdict: "accepted" },
    ]);
    const after = openDatabase(db);
    expect(
      after
        .prepare(`SELECT count(*) AS n FROM verdicts WHERE mention_id = ?`)
        .get(act),
    ).toEqual({ n: 1 });
    after.close();
  });

  it("--force reads every document again and finds the same mentions", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    const first = await scan(corpus, db);
    const forced = await scan(corpus, db, null, true);
    expect(forced.summary.changes.documents.read).toBe(3);
    expect(forced.mentions).toEqual(first.mentions);
  });
});

describe("re-runs read and hash only the files whose identity on disk changed", () => {
  const keptHashes = (db: string) => {
    const handle = openDatabase(db);
    const rows = handle
      .prepare(`SELECT file, sha256 FROM file_hashes ORDER BY file`)
      .all() as { file: string; sha256: string }[];
    handle.close();
    return rows;
  };

  it("a file written just before the scan is hashed every time until it has stood two seconds", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    await scan(corpus, db);
    expect(keptHashes(db)).toEqual([]);
  });

  it("a settled file's kept hash stands in for reading it; an edit that keeps size and time is still seen; --force hashes again", async () => {
    const corpus = writeCorpus(docs);
    const db = join(tempDir(), "db.sqlite");
    const c = join(corpus, "plans/c/plan.pdf");
    // Whole seconds, so that setting the time back gives the very same nanoseconds.
    const time = new Date("2016-11-01T09:00:00Z");
    utimesSync(c, time, time);
    await sleep(2_100);
    const first = await scan(corpus, db);
    const kept = keptHashes(db);
    expect(kept.map((k) => k.file)).toEqual(
      ["a", "b", "c"].map((p) => join(corpus, `plans/${p}/plan.pdf`)),
    );
    // The kept hash is what the re-scan believes: a wrong one makes the unchanged file look changed.
    const handle = openDatabase(db);
    handle
      .prepare(`UPDATE file_hashes SET sha256 = ? WHERE file = ?`)
      .run("0".repeat(64), kept[0]?.file);
    handle.close();
    const believed = await scan(corpus, db);
    expect(believed.summary.changes.documents).toMatchObject({
      changed: ["plans/a/plan.pdf"],
      unchanged: 2,
    });
    const forced = await scan(corpus, db, null, true);
    expect(forced.summary.changes.documents).toMatchObject({
      changed: ["plans/a/plan.pdf"],
    });
    expect(keptHashes(db)).toEqual(kept);
    expect(forced.mentions).toEqual(first.mentions);
    // Same size, modification time set back: the change time still moves, so the file is hashed again.
    const { size } = statSync(c);
    const edited = makePdf([textPage("Social cure only.")]);
    expect(edited.length).toBe(size);
    writeFileSync(c, edited);
    utimesSync(c, time, time);
    expect(statSync(c).mtimeMs).toBe(time.getTime());
    const next = await scan(corpus, db);
    expect(next.summary.changes.documents).toMatchObject({
      changed: ["plans/c/plan.pdf"],
      unchanged: 2,
    });
  }, 60_000);
});
