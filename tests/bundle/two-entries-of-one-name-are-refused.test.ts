import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipFiles } from "../../pipeline/bundle/index.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { writeBundleCorpus } from "./bundle-fixture.js";
import { zipWithDeclaredSizes } from "./zip-with-declared-sizes.js";

// unzip shows the first of two entries of one name and a reader that keeps the last checks another bundle:
// a reader and verify could disagree on what the bundle says.
describe("a bundle with two entries of one name", () => {
  it("is refused in one line, exit 2; the same bundle with one of them verifies", async () => {
    const corpus = writeBundleCorpus();
    const folder = tempDir();
    const db = join(folder, "stp.sqlite");
    const zip = join(folder, "bundle.zip");
    runCli(["scan", "--corpus", corpus, "--db", db, "--jobs", "1", "--quiet"]);
    expect(runCli(["bundle", "--db", db, "--out", zip]).status).toBe(0);
    const files = [...(await unzipFiles(zip, () => true))].map(
      ([name, text]) => [name, Buffer.from(text)] as const,
    );
    const statistic = files.find(([n]) => n === "statistic.json");
    expect(statistic).not.toBeUndefined();
    const twice = join(folder, "twice.zip");
    writeFileSync(
      twice,
      await zipWithDeclaredSizes([
        ...files,
        ["statistic.json", Buffer.from('{"numerator": 3}')],
      ]),
    );
    const r = runCli(["verify", twice, "--corpus", corpus]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `stp-scan: ${twice}: two entries named statistic.json; a bundle has one of each (edited by hand?)\n`,
    ]);
    const once = join(folder, "once.zip");
    writeFileSync(once, await zipWithDeclaredSizes(files));
    expect(runCli(["verify", once, "--corpus", corpus]).status).toBe(0);
  }, 120_000);
});
