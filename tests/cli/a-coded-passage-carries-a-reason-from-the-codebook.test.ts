import { join } from "node:path";
import Database from "better-sqlite3";
import { BUNDLE_FILES, unzipFiles } from "../../pipeline/bundle/index.js";
import { tempDir } from "../helpers.js";
import { beyondCorpus, cli, codeBetaRun } from "./beyond-fixture.js";
import { runCli } from "./run-cli.js";

// A coded passage carries a reason as a verdict does (--code, checked against the corpus's codebook); it is a
// positive coding, so only a code that counts as accept fits it.

const code = (db: string, ...args: string[]) =>
  codeBetaRun(db, "--note", "buys locally", ...args);

const storedCodes = (db: string) =>
  new Database(db, { readonly: true })
    .prepare("SELECT code FROM coded_passages ORDER BY row_id")
    .pluck()
    .all();

describe("stp-scan code --code: the reason of a coded passage", () => {
  const { root, db } = beyondCorpus();

  it("an unknown code is one line naming the codebook and its codes, exit 2, nothing stored", () => {
    const r = code(db, "--code", "thrift");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      /--code thrift: no code "thrift" in .*codebook[-\w]*\.csv \(codes: commitment, act, ethics, heading, contents, other\)/,
    );
    expect(storedCodes(db)).toEqual([]);
  });

  it("a code that counts as reject is refused in one line: a coded passage is a positive coding", () => {
    const r = code(db, "--code", "ethics");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^.*--code ethics: code ethics \(Values as ethics or civility\) counts as reject, and a coded passage is a positive coding: give a code that counts as accept \(commitment, act\)$/,
    );
    expect(storedCodes(db)).toEqual([]);
  });

  it("without --code it is coded as before, with no reason", () => {
    const r = code(db, "--occurrence", "2");
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\(code /);
    expect(storedCodes(db)).toEqual([null]);
  });

  it("an accept code (by id or number) is stored and said", () => {
    const r = code(db, "--code", "1");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^coded plans\/beta\/plan\.pdf page 2 \(occurrence 1 of 2\) under social-value \(code commitment\) by /,
    );
    expect(storedCodes(db)).toEqual([null, "commitment"]);
  });

  it("travels in the bundle's coded passages, and verify reproduces the figure with it", async () => {
    const zip = join(tempDir(), "bundle.zip");
    expect(cli(db, "bundle", "--out", zip).status).toBe(0);
    const files = await unzipFiles(zip, () => true);
    const rows = JSON.parse(files.get(BUNDLE_FILES.codedPassages) ?? "[]") as {
      code: string | null;
    }[];
    expect(rows.map((r) => r.code)).toEqual([null, "commitment"]);
    const r = runCli(["verify", zip, "--corpus", root, "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^reproduced: /);
  });
});
