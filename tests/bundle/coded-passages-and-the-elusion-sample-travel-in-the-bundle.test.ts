import { join } from "node:path";
import {
  BUNDLE_FILES,
  unzipFiles,
  verifyBundle,
} from "../../pipeline/bundle/index.js";
import { beyondCorpus, cli, codeBeta } from "../cli/beyond-fixture.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { editedBundle } from "./bundle-fixture.js";

const messagesOf = async (bundle: string, corpus: string) =>
  (await verifyBundle({ bundle, corpus, jobs: 1 })).differences.map(
    (d) => d.message,
  );

describe("coded passages and the elusion sample travel in the bundle, and verify checks them", () => {
  const { root, db } = beyondCorpus();
  const zip = join(tempDir(), "bundle.zip");
  beforeAll(() => {
    expect(codeBeta(db)).toBe(0);
    expect(
      cli(db, "elusion", "draw", "--size", "3", "--seed", "5").status,
    ).toBe(0);
    expect(cli(db, "elusion", "judge", "1", "no").status).toBe(0);
  });

  it("bundle writes them and says the broad figure and the elusion figures", async () => {
    const r = cli(db, "bundle", "--out", zip);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /\n {2}broad: 2 of 3 fully read plans .* beyond the headline figure: beta\n {2}elusion \(draw 1, seed 5\): 0 of 1 page judged/,
    );
    const files = await unzipFiles(zip, () => true);
    expect(files.has(BUNDLE_FILES.codedPassages)).toBe(true);
    expect(files.has(BUNDLE_FILES.elusion)).toBe(true);
    const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "{}");
    expect(statistic.numerator).toBe(1);
    expect(statistic.broad.numerator).toBe(2);
    expect(statistic.elusion.pagesJudged).toBe(1);
  });

  it("verify re-creates the broad figure and the elusion figures from the PDFs: reproduced", () => {
    const r = runCli(["verify", zip, "--corpus", root, "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^reproduced: unaudited: 1 of 3 .*\n {2}broad: 2 of 3 fully read plans/,
    );
  });

  it("a coded passage taken out of the bundle moves the broad figure, and verify says so", async () => {
    const edited = await editedBundle(zip, (files) =>
      files.set(BUNDLE_FILES.codedPassages, "[]"),
    );
    expect(await messagesOf(edited, root)).toEqual([
      "plans/beta/plan.pdf page 2 analyst: 1 -> 0 mentions",
      "broad statistic: 2/3 -> 1/3",
    ]);
  });

  it("a draw whose pages are not those its seed gives is named", async () => {
    const edited = await editedBundle(zip, (files) => {
      const elusion = JSON.parse(files.get(BUNDLE_FILES.elusion) ?? "{}");
      elusion.draws[0].seed = 6;
      files.set(BUNDLE_FILES.elusion, JSON.stringify(elusion));
    });
    expect(await messagesOf(edited, root)).toContain(
      "elusion draw 1: seed 6 over its frame does not give the pages it recorded",
    );
  });

  it("a frame holding a page of a plan that already counted is named", async () => {
    const edited = await editedBundle(zip, (files) => {
      const elusion = JSON.parse(files.get(BUNDLE_FILES.elusion) ?? "{}");
      const frame = JSON.parse(elusion.draws[0].frame) as unknown[][];
      const alpha = JSON.parse(
        files.get(BUNDLE_FILES.manifest) ?? "{}",
      ).documents.find((d: { plan_id: string }) => d.plan_id === "alpha");
      frame.push(["alpha", alpha.document, alpha.sha256, 1]);
      elusion.draws[0].frame = JSON.stringify(frame);
      files.set(BUNDLE_FILES.elusion, JSON.stringify(elusion));
    });
    expect(await messagesOf(edited, root)).toContain(
      "elusion draw 1: its frame holds pages of plans with headline mentions: alpha",
    );
  });

  it("a bundle made before the earlier draws were recorded in its figures still verifies", async () => {
    const older = await editedBundle(zip, (files) => {
      const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "{}");
      expect(statistic.elusion.earlierDraws).toEqual([]);
      delete statistic.elusion.earlierDraws;
      files.set(
        BUNDLE_FILES.statistic,
        `${JSON.stringify(statistic, null, 2)}\n`,
      );
    });
    expect(await messagesOf(older, root)).toEqual([]);
  });

  it("a draw set aside is listed in the figures, and a bundle hiding it does not verify", async () => {
    expect(
      cli(db, "elusion", "draw", "--size", "2", "--seed", "9").status,
    ).toBe(0);
    const again = join(tempDir(), "again.zip");
    expect(cli(db, "bundle", "--out", again).stdout).toMatch(
      /elusion \(draw 2, seed 9\): 2 pages drawn of \d+, none judged yet \(stp-scan elusion judge\); 1 earlier draw set aside/,
    );
    const hidden = await editedBundle(again, (files) => {
      const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "{}");
      expect(statistic.elusion.earlierDraws).toMatchObject([
        { drawId: 1, seed: 5, pagesJudged: 1, yesPages: 0 },
      ]);
      statistic.elusion.earlierDraws = [];
      files.set(
        BUNDLE_FILES.statistic,
        `${JSON.stringify(statistic, null, 2)}\n`,
      );
    });
    expect(await messagesOf(hidden, root)).toContain(
      "elusion: its figures differ from those counted again from its answers",
    );
  });

  it("a bundle made before coded passages and elusion (no such files or fields) still verifies", async () => {
    const older = await editedBundle(zip, (files) => {
      files.delete(BUNDLE_FILES.codedPassages);
      files.delete(BUNDLE_FILES.elusion);
      const statistic = JSON.parse(files.get(BUNDLE_FILES.statistic) ?? "{}");
      delete statistic.broad;
      delete statistic.elusion;
      files.set(
        BUNDLE_FILES.statistic,
        `${JSON.stringify(statistic, null, 2)}\n`,
      );
      const mentions = JSON.parse(files.get(BUNDLE_FILES.mentions) ?? "[]") as {
        source?: string;
      }[];
      files.set(
        BUNDLE_FILES.mentions,
        JSON.stringify(mentions.filter((m) => m.source !== "analyst")),
      );
    });
    expect(await messagesOf(older, root)).toEqual([]);
  });
});
