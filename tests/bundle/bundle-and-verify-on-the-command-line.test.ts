import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUNDLE_FILES,
  REQUIRED_FILES,
  unzipFiles,
} from "../../pipeline/bundle/index.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { editedBundle, writeBundleCorpus } from "./bundle-fixture.js";

describe("stp-scan bundle and stp-scan verify on the command line", () => {
  const corpus = writeBundleCorpus();
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  const zip = join(folder, "bundle.zip");
  runCli(["scan", "--corpus", corpus, "--db", db, "--jobs", "1", "--quiet"]);
  const bundle = runCli(["bundle", "--db", db, "--out", zip]);

  it("bundle writes a zip holding every file a reader needs, and says the figure", async () => {
    expect(bundle.status).toBe(0);
    expect(bundle.stdout).toMatch(
      /^wrote .*bundle\.zip: unaudited: 2 of 3 fully read plans \(66\.7%; 95% interval 20\.8%-93\.9%\) mention social value/,
    );
    const files = await unzipFiles(zip, () => true);
    expect([...files.keys()].sort()).toEqual(
      [
        ...REQUIRED_FILES,
        BUNDLE_FILES.readme,
        BUNDLE_FILES.codebook,
        BUNDLE_FILES.mentionsCsv,
        BUNDLE_FILES.pageDeclarations,
        BUNDLE_FILES.duplicateDeclarations,
      ].sort(),
    );
    expect(files.get(BUNDLE_FILES.readme)).toMatch(/stp-scan verify/);
    const manifest = JSON.parse(files.get(BUNDLE_FILES.manifest) ?? "");
    expect(manifest.documents.map((d: { sha256: string }) => d.sha256)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{64}$/)]),
    );
    expect(manifest.documents).toHaveLength(3);
  });

  it("the same database bundled twice gives the same bytes", async () => {
    const again = join(folder, "again.zip");
    expect(runCli(["bundle", "--db", db, "--out", again]).status).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(again).equals(readFileSync(zip))).toBe(true);
  });

  it('verify prints "reproduced" and exits 0 on the untouched corpus', () => {
    const r = runCli(["verify", zip, "--corpus", corpus, "--jobs", "1"]);
    expect([r.status, r.stdout.split("\n")[0]]).toEqual([
      0,
      "reproduced: unaudited: 2 of 3 fully read plans (66.7%; 95% interval 20.8%-93.9%) mention social value; 0 plans reported apart (unreadable documents)",
    ]);
  });

  it("a file that is not a zip gives one line on stderr and exit 2", () => {
    const notZip = join(folder, "not-a-bundle.zip");
    writeFileSync(notZip, "plan_id,path\n");
    const r = runCli(["verify", notZip, "--corpus", corpus]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(
        /^stp-scan: .*not-a-bundle\.zip: not a readable zip archive/,
      ),
    ]);
  });

  it("a zip that lacks a file gives one line naming it and exit 2", async () => {
    const lacking = await editedBundle(zip, (files) =>
      files.delete(BUNDLE_FILES.verdicts),
    );
    const r = runCli(["verify", lacking, "--corpus", corpus]);
    expect([r.status, r.stderr.trimEnd().split("\n")]).toEqual([
      2,
      [expect.stringMatching(/edited\.zip: no verdicts\.json in the bundle$/)],
    ]);
  });

  it("differences go to stdout, one per line, and exit 1", async () => {
    const edited = await editedBundle(zip, (files) => {
      const settings = JSON.parse(files.get(BUNDLE_FILES.settings) ?? "");
      files.set(
        BUNDLE_FILES.settings,
        JSON.stringify({ ...settings, threshold: 2 }),
      );
    });
    const r = runCli(["verify", edited, "--corpus", corpus, "--jobs", "1"]);
    expect([r.status, r.stdout]).toEqual([
      1,
      "not reproduced: 3 differences\n  statistic: 2/3 (66.7%) -> 0/3 (0.0%)\n  plan alpha: yes (1 headline) -> no (1 headline)\n  plan beta: yes (1 headline) -> no (1 headline)\n",
    ]);
  });
});
