import { auditQueue, type QueueMention } from "../../pipeline/audit/index.js";

let order = 0;
const m = (
  mentionId: string,
  plan: string,
  location: NonNullable<QueueMention["location"]>,
  verdict: QueueMention["verdict"] = "pending",
): QueueMention => ({
  mentionId,
  plan,
  headline: true,
  verdict,
  order: order++,
  location,
});

describe("the audit queue puts first the mentions whose location can flip a plan (issue 17)", () => {
  it("a plan whose yes rests on a running footer alone comes before a plan hanging on one body mention", () => {
    const mentions = [
      m("body-only", "alpha", "body"),
      m("footer-1", "beta", "running"),
      m("footer-2", "beta", "running"),
      m("contents-but-body-too", "gamma", "contents"),
      m("gamma-body", "gamma", "body", "accepted"),
    ];
    expect(auditQueue(mentions, new Set(), 1).map((q) => q.mentionId)).toEqual([
      "footer-1",
      "footer-2",
      "body-only",
      "contents-but-body-too",
    ]);
  });

  it("a rejected peripheral mention no longer holds a plan up, and a plan reported apart never jumps the queue", () => {
    const mentions = [
      m("body", "alpha", "body"),
      m("refs", "beta", "references", "rejected"),
      m("refs-open", "beta", "references"),
      m("apart-footer", "zeta", "running"),
    ];
    expect(
      auditQueue(mentions, new Set(["zeta"]), 1).map((q) => q.mentionId),
    ).toEqual(["refs-open", "body", "apart-footer"]);
  });
});
