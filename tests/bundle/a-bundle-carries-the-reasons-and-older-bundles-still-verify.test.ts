import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CODEBOOK_PATH } from "../../pipeline/audit/index.js";
import { BUNDLE_FILES, unzipFiles } from "../../pipeline/bundle/index.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { editedBundle, writeBundleCorpus } from "./bundle-fixture.js";

describe("a bundle carries the audit's reasons, and a bundle made before them still verifies", () => {
  const corpus = writeBundleCorpus();
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  const zip = join(folder, "audited.zip");
  runCli(["scan", "--corpus", corpus, "--db", db, "--jobs", "1", "--quiet"]);
  const ids = JSON.parse(
    runCli(["mentions", "--db", db, "--format", "json"]).stdout,
  ) as { mention_id: string; plan_id: string }[];
  const of = (plan: string) =>
    ids.find((m) => m.plan_id === plan)?.mention_id ?? "";
  runCli(["audit", "accept", of("alpha"), "--code", "commitment", "--db", db]);
  runCli([
    "audit",
    "reject",
    of("beta"),
    "--code",
    "ethics",
    "--blind",
    "--db",
    db,
  ]);
  runCli(["bundle", "--db", db, "--audited", "--out", zip]);
  const verify = (bundle: string) =>
    runCli(["verify", bundle, "--corpus", corpus, "--jobs", "1"]);

  it("statistic.json counts the judged mentions by reason; verdicts.json has each one's code and blind; codebook.csv is there", async () => {
    const files = await unzipFiles(zip, () => true);
    const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "");
    expect(statistic.codes).toEqual([
      { verdict: "accepted", code: "commitment", mentions: 1 },
      { verdict: "rejected", code: "ethics", mentions: 1 },
    ]);
    const verdicts = JSON.parse(files.get(BUNDLE_FILES.verdicts) ?? "");
    expect(
      verdicts.map((v: { code: string; blind: boolean }) => [v.code, v.blind]),
    ).toEqual([
      ["commitment", false],
      ["ethics", true],
    ]);
    expect(files.get(BUNDLE_FILES.codebook)).toBe(
      readFileSync(DEFAULT_CODEBOOK_PATH, "utf8"),
    );
    expect(verify(zip).status).toBe(0);
  });

  it("a bundle from before reasons (no codes, no code or blind on its verdicts, no codebook) is reproduced", async () => {
    const older = await editedBundle(zip, (files) => {
      files.delete(BUNDLE_FILES.codebook);
      const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "");
      delete statistic.codes;
      files.set(BUNDLE_FILES.statistic, JSON.stringify(statistic));
      const verdicts = JSON.parse(
        files.get(BUNDLE_FILES.verdicts) ?? "",
      ) as Record<string, unknown>[];
      files.set(
        BUNDLE_FILES.verdicts,
        JSON.stringify(verdicts.map(({ code: _c, blind: _b, ...v }) => v)),
      );
    });
    const r = verify(older);
    expect([r.status, r.stdout.split("\n")[0]]).toEqual([
      0,
      "reproduced: audited: 1 of 3 fully read plans (33.3%; 95% interval 6.1%-79.2%) mention social value; 0 plans reported apart (unreadable documents)",
    ]);
  });

  it("reasons edited by hand are a difference", async () => {
    const edited = await editedBundle(zip, (files) => {
      const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "");
      statistic.codes[1].code = "heading";
      files.set(BUNDLE_FILES.statistic, JSON.stringify(statistic));
    });
    const r = verify(edited);
    expect([r.status, r.stdout]).toEqual([
      1,
      "not reproduced: 1 difference\n  statistic: codes differ\n",
    ]);
  });
});
