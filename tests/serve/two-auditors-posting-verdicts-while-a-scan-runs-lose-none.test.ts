import { endOf, scanEvents } from "./scan-events.js";
import { cliJson, exportedMentions, servedDemo } from "./workbench.js";

describe("two auditors posting verdicts while the workbench scans", () => {
  const demo = servedDemo();

  it("every verdict is answered 200 and stored, none lost, while the scan runs to its end", async () => {
    const served = demo.served();
    const ids = exportedMentions<{ mention_id: string }>(demo.db()).map(
      (m) => m.mention_id,
    );
    expect(ids.length).toBeGreaterThan(3);
    expect(
      (await served.send("POST", "/api/scan", '{"force": true}')).status,
    ).toBe(202);
    const ended = scanEvents(served);
    let scanning = true;
    void ended.finally(() => (scanning = false));
    const posted: { auditor: string; id: string; verdict: string }[] = [];
    const statuses: number[] = [];
    const auditor = async (name: string) => {
      // At least a round of every mention each, and on until the scan ends.
      for (let round = 0; round < 1 || scanning; round++)
        for (const [i, id] of ids.entries()) {
          const verdict = (i + round) % 2 === 0 ? "accepted" : "rejected";
          const r = await served.post(
            "/api/verdicts",
            JSON.stringify({ ids: [id], verdict, auditor: name }),
          );
          statuses.push(r.status);
          posted.push({ auditor: name, id, verdict });
        }
    };
    await Promise.all([auditor("ann"), auditor("bea")]);
    expect(endOf(await ended).how).toBe("finished");
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const log = cliJson<
      { mentionId: string; auditor: string; verdict: string }[]
    >(["audit", "log", "--db", demo.db(), "--json"]).filter(
      (r) => r.auditor === "ann" || r.auditor === "bea",
    );
    expect(
      log.map((r) => `${r.auditor} ${r.mentionId} ${r.verdict}`).sort(),
    ).toEqual(posted.map((p) => `${p.auditor} ${p.id} ${p.verdict}`).sort());
  });
});
