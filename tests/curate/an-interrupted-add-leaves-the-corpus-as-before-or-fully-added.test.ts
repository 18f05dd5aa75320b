import { runCli } from "../cli/run-cli.js";
import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  runCliWithEnv,
  scannedCorpus,
} from "./corpus-fixture.js";

const killedAt = (
  c: { root: string; db: string },
  step: string,
  file: string,
) =>
  runCliWithEnv(
    [
      "add",
      file,
      "--new-plan",
      "Cedar Hills",
      "--region",
      "West",
      "--corpus",
      c.root,
      "--db",
      c.db,
    ],
    { STP_SCAN_TEST_CRASH_AT: step },
  );
const check = (c: { root: string; db: string }) =>
  runCli(["corpus", "check", "--corpus", c.root, "--db", c.db]);

describe("an add killed (kill -9) at any step leaves the corpus and database as before, or fully added", () => {
  it.each([["copied"], ["renamed"]])(
    "killed once the file is %s: after repair, files, manifest and database are as before",
    (step) => {
      const c = scannedCorpus();
      const file = incomingFile(
        c.incoming,
        "New Plan.pdf",
        pdfSaying("Social value."),
      );
      const before = corpusState(c);
      const r = killedAt(c, step, file);
      expect(r.signal).toBe("SIGKILL");
      // The kill left something behind, and check says so rather than agreeing.
      expect(corpusState(c)).not.toEqual(before);
      const dirty = check(c);
      expect(dirty.stdout).toMatch(/interrupted add/);
      expect(dirty.status).toBe(1);
      const repair = runCli(["corpus", "repair", "--corpus", c.root]);
      expect(repair.stdout).toMatch(/^removed .*interrupted add/m);
      expect(repair.status).toBe(0);
      expect(corpusState(c)).toEqual(before);
      expect(check(c).status).toBe(0);
    },
  );

  it("killed after the copy, the next add cleans up and adds the file once", () => {
    const c = scannedCorpus();
    const file = incomingFile(
      c.incoming,
      "New Plan.pdf",
      pdfSaying("Social value."),
    );
    expect(killedAt(c, "renamed", file).signal).toBe("SIGKILL");
    const again = add(c, file, "--new-plan", "Cedar Hills", "--region", "West");
    expect(again.stderr).toMatch(
      /^removed plans\/cedar-hills\/new-plan\.pdf: copied by an interrupted add but never listed in manifest\.csv$/m,
    );
    expect(again.stdout.split("\n")[0]).toBe(
      "added plans/cedar-hills/new-plan.pdf to cedar-hills (ok, 1 page)",
    );
    expect(check(c).stdout).toBe("corpus agrees: 3 documents\n");
  });

  it("killed after the manifest is written: the file is fully added, the database is behind until the next scan", () => {
    const c = scannedCorpus();
    const file = incomingFile(
      c.incoming,
      "New Plan.pdf",
      pdfSaying("Social value."),
    );
    const before = corpusState(c);
    expect(killedAt(c, "manifest", file).signal).toBe("SIGKILL");
    const behind = check(c);
    expect(behind.stdout).toMatch(
      /^database behind: 1 document not scanned yet \(plans\/cedar-hills\/new-plan\.pdf\); run stp-scan scan --db .+$/m,
    );
    expect(behind.status).toBe(1);
    expect(corpusState(c).documents).toEqual(before.documents);
    expect(
      runCli(["scan", "--corpus", c.root, "--db", c.db, "--quiet"]).status,
    ).toBe(0);
    // The journal of the killed add names a listed file: repair keeps it, so check agrees.
    expect(runCli(["corpus", "repair", "--corpus", c.root]).status).toBe(0);
    expect(check(c).stdout).toBe("corpus agrees: 3 documents\n");
    expect(corpusState(c).documents).toContain(
      "plans/cedar-hills/new-plan.pdf ok 1",
    );
  });
});
