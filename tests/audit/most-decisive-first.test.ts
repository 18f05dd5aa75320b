import { auditQueue, type QueueMention } from "../../pipeline/audit/index.js";

let order = 0;
const m = (
  mentionId: string,
  plan: string,
  verdict: QueueMention["verdict"] = "pending",
  headline = true,
): QueueMention => ({ mentionId, plan, headline, verdict, order: order++ });

describe("the audit queue puts first the verdicts that can change a plan's yes/no", () => {
  it("a plan hanging on one open headline mention comes before one with ten accepted", () => {
    const mentions = [
      ...Array.from({ length: 10 }, (_, i) =>
        m(`settled${i}`, "alpha", "accepted"),
      ),
      m("alpha-open", "alpha"),
      m("many1", "beta"),
      m("many2", "beta"),
      m("many3", "beta"),
      m("one", "gamma"),
    ];
    expect(auditQueue(mentions, new Set(), 1).map((q) => q.mentionId)).toEqual([
      "one",
      "many1",
      "many2",
      "many3",
      "alpha-open",
    ]);
  });

  it("within a plan, mentions read by OCR come first among headline mentions and among related ones (fixed #15)", () => {
    const ocr = (q: QueueMention): QueueMention => ({ ...q, isOcr: true });
    const mentions = [
      m("text-head", "a"),
      m("text-rel", "a", "pending", false),
      ocr(m("ocr-rel", "a", "pending", false)),
      ocr(m("ocr-head", "a")),
    ];
    expect(auditQueue(mentions, new Set(), 1).map((q) => q.mentionId)).toEqual([
      "ocr-head",
      "text-head",
      "ocr-rel",
      "text-rel",
    ]);
  });

  it("headline before related within a plan, and plans reported apart last", () => {
    const mentions = [
      m("rel", "a", "pending", false),
      m("head", "a"),
      m("apart", "z"),
    ];
    expect(
      auditQueue(mentions, new Set(["z"]), 1).map((q) => q.mentionId),
    ).toEqual(["head", "rel", "apart"]);
  });

  it("judged mentions are not queued; disputed ones are", () => {
    expect(
      auditQueue(
        [m("done", "a", "rejected"), m("argued", "a", "disputed")],
        new Set(),
        1,
      ).map((q) => q.mentionId),
    ).toEqual(["argued"]);
  });
});
