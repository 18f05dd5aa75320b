import { verifyBundle } from "../../pipeline/bundle/index.js";
import { bundleOf, writeBundleCorpus } from "./bundle-fixture.js";

describe("verify never reports a difference it did not find", () => {
  it("documents this run could not read within its limits are 'could not check', not differences", async () => {
    const corpus = writeBundleCorpus();
    const { zip } = await bundleOf(corpus, {
      threshold: 1,
      countIn: "all",
      audited: false,
    });
    // A time limit no document can be read in: every document stops at it, though none changed.
    await expect(
      verifyBundle({ bundle: zip, corpus, jobs: 1, timeoutSeconds: 0.001 }),
    ).rejects.toThrow(
      /could not check plans\/alpha\/alpha\.pdf, .*reading stopped at the time or memory limit, so nothing is said of them/,
    );
    const fine = await verifyBundle({ bundle: zip, corpus, jobs: 1 });
    expect(fine.differences).toEqual([]);
  }, 60_000);
});
