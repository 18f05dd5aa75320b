import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { endOf, scanEvents } from "./scan-events.js";
import { exportedMentions, jsonOf, servedDemo } from "./workbench.js";
import type {
  MentionsJson,
  VerdictsJson,
} from "../../pipeline/serve/api-types.js";

describe("the audit list, most decisive first, with the passages that read the same", () => {
  const demo = servedDemo();

  it("order=decisive lists only the open mentions, headline ones of plans that hang on them first", async () => {
    const served = demo.served();
    const all = await served.json<MentionsJson>("/api/mentions");
    const decisive = await served.json<MentionsJson>(
      "/api/mentions?order=decisive",
    );
    const open = all.rows.filter(
      (r) => r.verdict === "pending" || r.verdict === "disputed",
    );
    expect(open.length).toBeGreaterThan(1);
    expect(decisive.total).toBe(open.length);
    expect(new Set(decisive.rows.map((r) => r.id))).toEqual(
      new Set(open.map((r) => r.id)),
    );
    // The list's order is plan by plan; the queue's is not that order (a plan whose yes hangs on it comes first).
    const headline = new Set(
      exportedMentions<{ mention_id: string; headline: boolean }>(demo.db())
        .filter((m) => m.headline)
        .map((m) => m.mention_id),
    );
    expect(headline.has(decisive.rows[0]?.id ?? "")).toBe(true);
    expect(decisive.rows.map((r) => r.id)).not.toEqual(open.map((r) => r.id));
  });

  it("each mention names its group (its own id among them), and one verdict decides the group", async () => {
    const served = demo.served();
    // A summary that says the same on both its pages: two mentions that read the same.
    const same =
      "Partners will deliver social value through every contract they let.";
    const form = new FormData();
    form.append(
      "file",
      new Blob([makePdf([textPage(same), textPage(same)])]),
      "summary.pdf",
    );
    form.append("plan", "dunmoor");
    expect((await served.send("POST", "/api/documents", form)).status).toBe(
      200,
    );
    expect((await served.send("POST", "/api/scan")).status).toBe(202);
    expect(endOf(await scanEvents(served)).how).toBe("finished");
    const { rows } = await served.json<MentionsJson>(
      "/api/mentions?plan=dunmoor",
    );
    for (const r of rows) expect(r.group).toContain(r.id);
    const grouped = rows.find((r) => r.group.length > 1);
    if (grouped === undefined)
      throw new Error("the demo corpus has no passages that read the same");
    const [first = "", ...others] = grouped.group;
    const rejected = await served.post(
      "/api/verdicts",
      JSON.stringify({ ids: [first], verdict: "rejected", code: "ethics" }),
    );
    expect(rejected.status).toBe(200);
    const posted = jsonOf<VerdictsJson>(
      await served.post(
        "/api/verdicts",
        JSON.stringify({ ids: grouped.group, verdict: "accepted" }),
      ),
    );
    expect(posted.applied).toEqual(grouped.group);
    // What each stood at before, so an undo puts the group back as it was, not as the one shown was.
    expect(posted.before).toEqual([
      { id: first, verdict: "rejected", code: "ethics" },
      ...others.map((id) => ({ id, verdict: "pending", code: null })),
    ]);
  });
});
