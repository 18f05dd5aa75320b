import { headline } from "../helpers.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  runCliWithEnv,
  scannedCorpus,
} from "./corpus-fixture.js";

const remove = (c: { root: string; db: string }, ...args: string[]) =>
  runCli(["corpus", "remove", ...args, "--corpus", c.root, "--db", c.db]);
const exported = (db: string) =>
  JSON.parse(
    runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
  ) as { mention_id: string; document: string; verdict: string }[];
const WRONG = "plans/birch-coast/wrong-plan.pdf";

/** The two-plan corpus with a file added to the wrong plan (so birch-coast now mentions social value). */
function wronglyAdded() {
  const c = scannedCorpus();
  const file = incomingFile(
    c.incoming,
    "Wrong Plan.pdf",
    pdfSaying("Our social value plan."),
  );
  const added = add(c, file, "--plan", "birch-coast");
  if (added.status !== 0) throw new Error(`add failed: ${added.stderr}`);
  return { ...c, file };
}

describe("stp-scan corpus remove takes a file out of the corpus, re-scans, and keeps its verdicts", () => {
  const c = wronglyAdded();
  const id = exported(c.db).find((m) => m.document === WRONG)?.mention_id ?? "";
  const judged = runCli([
    "audit",
    "reject",
    id,
    "--db",
    c.db,
    "--auditor",
    "ann",
  ]);
  const r = remove(c, WRONG);

  it("prints what changed, the plan's new counts and the statistic", () => {
    expect(judged.status).toBe(0);
    expect([r.status, r.stdout.split("\n")]).toEqual([
      0,
      [
        `removed ${WRONG} from birch-coast: its manifest row is gone and the file moved to removed/${WRONG}`,
        "kept 1 verdict on its mentions: adding the same file back brings it back",
        "birch-coast: 1 document, 1 page, 0 headline and 0 related mentions; does not mention social value",
        expect.stringMatching(
          headline("unaudited", "1 of 2", "50.0%", "0 plans"),
        ),
        "",
      ],
    ]);
  });

  it("leaves the manifest without the row, the file aside, the database without the document, and all in agreement", () => {
    expect(readFileSync(join(c.root, "manifest.csv"), "utf8")).not.toMatch(
      "wrong-plan.pdf",
    );
    expect(existsSync(join(c.root, WRONG))).toBe(false);
    expect(readFileSync(join(c.root, "removed", WRONG))).toEqual(
      readFileSync(c.file),
    );
    expect(exported(c.db).map((m) => m.document)).toEqual([
      "plans/alder-vale/plan.pdf",
    ]);
    expect(
      runCli(["corpus", "check", "--corpus", c.root, "--db", c.db]).stdout,
    ).toBe("corpus agrees: 2 documents\n");
  });

  it("adding the same file again brings its verdict back", () => {
    const again = add(c, c.file, "--plan", "birch-coast");
    expect(again.stdout.split("\n")[0]).toBe(
      `added ${WRONG} to birch-coast (ok, 1 page)`,
    );
    expect(exported(c.db).find((m) => m.mention_id === id)?.verdict).toBe(
      "rejected",
    );
  });
});

describe("corpus remove refuses what it cannot do, and --dry-run changes nothing", () => {
  const c = wronglyAdded();

  it("--dry-run says what would happen and leaves files, manifest and database as they were", () => {
    const before = corpusState(c);
    const r = remove(c, WRONG, "--dry-run");
    expect([r.status, r.stdout]).toEqual([
      0,
      `would remove ${WRONG} from birch-coast: its manifest row would go and the file move to removed/${WRONG}\ndry run: nothing was changed\n`,
    ]);
    expect(corpusState(c)).toEqual(before);
  });

  it("an unknown document: one line naming the closest documents, exit 2", () => {
    const before = corpusState(c);
    const r = remove(c, "plans/birch-coast/wrong-plan");
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      `stp-scan: plans/birch-coast/wrong-plan: no such document in the manifest; did you mean ${WRONG} or plans/birch-coast/plan.pdf? (stp-scan corpus list names them all)\n`,
    );
    expect(corpusState(c)).toEqual(before);
  });
});

describe("a remove killed (kill -9) midway is undone or finished by corpus repair", () => {
  const killedAt = (c: { root: string; db: string }, step: string) =>
    runCliWithEnv(
      ["corpus", "remove", WRONG, "--corpus", c.root, "--db", c.db],
      { STP_SCAN_TEST_CRASH_AT: step },
    );

  it("killed once the file is set aside, before the manifest changed: repair puts everything back", () => {
    const c = wronglyAdded();
    const before = corpusState(c);
    expect(killedAt(c, "set-aside").signal).toBe("SIGKILL");
    expect(corpusState(c)).not.toEqual(before);
    const repair = runCli(["corpus", "repair", "--corpus", c.root]);
    expect(repair.stdout).toBe(
      `undid an interrupted remove of ${WRONG}: it stays in the corpus\n`,
    );
    expect(corpusState(c)).toEqual(before);
  });

  it("killed once the manifest changed: repair finishes the remove, and the next remove says it is done", () => {
    const c = wronglyAdded();
    expect(killedAt(c, "manifest").signal).toBe("SIGKILL");
    const repair = runCli(["corpus", "repair", "--corpus", c.root]);
    expect(repair.stdout).toBe(
      `finished an interrupted remove of ${WRONG}: the file is in removed/${WRONG}\n`,
    );
    expect(existsSync(join(c.root, WRONG))).toBe(false);
    expect(existsSync(join(c.root, "removed", WRONG))).toBe(true);
    expect(readFileSync(join(c.root, "manifest.csv"), "utf8")).not.toMatch(
      "wrong-plan.pdf",
    );
  });
});
