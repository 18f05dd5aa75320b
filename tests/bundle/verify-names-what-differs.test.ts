import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUNDLE_FILES,
  verifyBundle,
  type BundleContents,
} from "../../pipeline/bundle/index.js";
import type { VerdictRow } from "../../pipeline/types.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import {
  bundleOf,
  copyOf,
  editedBundle,
  PDFS,
  writeBundleCorpus,
} from "./bundle-fixture.js";

const messagesOf = async (bundle: string, corpus: string) =>
  (await verifyBundle({ bundle, corpus, jobs: 1 })).differences.map(
    (d) => d.message,
  );

describe("verify recomputes the statistic from the PDFs and names what differs", () => {
  const corpus = writeBundleCorpus();
  let plain: { zip: string; contents: BundleContents };
  let audited: { zip: string; contents: BundleContents };
  beforeAll(async () => {
    plain = await bundleOf(corpus, {
      threshold: 1,
      countIn: "all",
      audited: false,
    });
    audited = await bundleOf(corpus, {
      threshold: 1,
      countIn: "all",
      audited: true,
    });
  }, 60_000);

  it("the untouched corpus is reproduced: no difference, the same statistic", async () => {
    expect(plain.contents.statistic.numerator).toBe(2);
    expect(plain.contents.statistic.denominator).toBe(3);
    const v = await verifyBundle({ bundle: plain.zip, corpus, jobs: 1 });
    expect(v.differences).toEqual([]);
    expect(v.actual.statistic).toEqual(plain.contents.statistic);
    expect(v.actual.mentions.length).toBe(2);
  });

  it("a PDF whose bytes changed is named, with the count and the statistic that moved", async () => {
    const tampered = copyOf(corpus);
    writeFileSync(
      join(tampered, PDFS.alpha),
      makePdf([
        textPage("Our estates strategy for the footprint."),
        textPage("We will deliver value through procurement."),
      ]),
    );
    const messages = await messagesOf(plain.zip, tampered);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(
      /^plans\/alpha\/alpha\.pdf: changed \(sha256 [0-9a-f]{12}\.\.\. in the bundle, [0-9a-f]{12}\.\.\. in the corpus\)$/,
    );
    expect(messages.slice(1)).toEqual([
      "plans/alpha/alpha.pdf page 2 social-value: 1 -> 0 mentions",
      "statistic: 2/3 (66.7%) -> 1/3 (33.3%)",
      "plan alpha: yes (1 headline) -> no (0 headline)",
    ]);
  });

  it("a missing PDF is named, and its plan is then reported apart", async () => {
    const missing = copyOf(corpus);
    rmSync(join(missing, PDFS.gamma));
    expect(await messagesOf(plain.zip, missing)).toEqual([
      "plans/gamma/gamma.pdf: not found in the corpus",
      "statistic: 2/3 (66.7%) -> 2/2 (100.0%)",
      "plan gamma: no (0 headline) -> apart (0 headline)",
    ]);
  });

  it("an extra PDF is named with the plan it was counted in", async () => {
    const extra = copyOf(corpus);
    writeFileSync(
      join(extra, "plans/gamma/annex.pdf"),
      makePdf([textPage("Gamma will add social value as well.")]),
    );
    expect(await messagesOf(plain.zip, extra)).toEqual([
      "plans/gamma/annex.pdf: extra PDF, not in the bundle (counted in plan gamma)",
      "plans/gamma/annex.pdf page 1 social-value: 0 -> 1 mention",
      "statistic: 2/3 (66.7%) -> 3/3 (100.0%)",
      "plan gamma: no (0 headline) -> yes (1 headline)",
    ]);
  });

  it("a verdict edited inside the zip to reject a mention gives the different statistic", async () => {
    const beta = audited.contents.mentions.find((m) => m.plan_id === "beta");
    expect(beta?.verdict).toBe("pending");
    const rejection: VerdictRow = {
      verdictId: 1,
      mentionId: beta?.mention_id ?? "",
      verdict: "rejected",
      auditor: "mallory",
      note: "edited by hand",
      decidedAt: "2017-03-01T00:00:00.000Z",
      kind: "judge",
    };
    const edited = await editedBundle(audited.zip, (files) =>
      files.set(BUNDLE_FILES.verdicts, JSON.stringify([rejection])),
    );
    expect(await messagesOf(edited, corpus)).toEqual([
      "statistic: 2/3 (66.7%) -> 1/3 (33.3%)",
      "plan beta: yes (1 headline) -> no (0 headline)",
    ]);
  });

  it("a verdict on a mention the PDFs no longer give is named", async () => {
    const alpha = audited.contents.mentions.find((m) => m.plan_id === "alpha");
    const accepted: VerdictRow = {
      verdictId: 7,
      mentionId: alpha?.mention_id ?? "",
      verdict: "accepted",
      auditor: "ann",
      note: null,
      decidedAt: "2017-03-01T00:00:00.000Z",
      kind: "judge",
    };
    const withVerdict = await editedBundle(audited.zip, (files) =>
      files.set(BUNDLE_FILES.verdicts, JSON.stringify([accepted])),
    );
    const tampered = copyOf(corpus);
    writeFileSync(
      join(tampered, PDFS.alpha),
      makePdf([textPage("Our estates strategy."), textPage("Nothing else.")]),
    );
    const messages = await messagesOf(withVerdict, tampered);
    expect(messages).toContain(
      `verdict 7 (accepted by ann): mention ${alpha?.mention_id} not found`,
    );
  });
});
