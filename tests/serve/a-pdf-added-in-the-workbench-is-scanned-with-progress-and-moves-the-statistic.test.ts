import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_DOWNLOAD } from "../fixtures/demo-corpus.js";
import { endOf, scanEvents } from "./scan-events.js";
import { jsonOf, servedDemo, upload } from "./workbench.js";
import type {
  CorpusListJson,
  DocumentRemovedJson,
  DocumentsAddedJson,
} from "../../pipeline/serve/api-types.js";

type Statistic = { numerator: number; denominator: number };

const HTML = new TextEncoder().encode(
  "<!doctype html><html><body><p>Birch Coast STP</p></body></html>",
);

describe("a PDF added in the workbench is checked as add checks it, then scanned with progress", () => {
  const demo = servedDemo();

  it("adds a good PDF under the name add gives it, refuses an HTML page saved as .pdf in add's words", async () => {
    const served = demo.served();
    const good = await served.send(
      "POST",
      "/api/documents",
      upload("STP_final_v3 (2).pdf", DEMO_DOWNLOAD.bytes(), {
        plan: "birch-coast",
        role: "summary",
      }),
    );
    expect(good.status).toBe(200);
    const added = jsonOf<DocumentsAddedJson>(good);
    expect(added.outcomes).toEqual([
      expect.objectContaining({
        kind: "added",
        file: "STP_final_v3 (2).pdf",
        path: "plans/birch-coast/stp-final-v3-2.pdf",
      }),
    ]);
    const corpus = demo.corpus();
    expect(
      existsSync(join(corpus, "plans/birch-coast/stp-final-v3-2.pdf")),
    ).toBe(true);
    expect(readFileSync(join(corpus, "manifest.csv"), "utf8")).toContain(
      "plans/birch-coast/stp-final-v3-2.pdf",
    );

    const html = await served.send(
      "POST",
      "/api/documents",
      upload("page.pdf", HTML, { plan: "birch-coast" }),
    );
    expect(html.status).toBe(200);
    const refused = jsonOf<DocumentsAddedJson>(html).outcomes;
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ kind: "refused", file: "page.pdf" });
    expect(refused[0]).toEqual({
      kind: "refused",
      file: "page.pdf",
      reason:
        "not a PDF (no %PDF- header; looks like an HTML page (a download error page?))",
    });
    expect(JSON.stringify(refused[0])).not.toContain("stp-upload-");

    const again = await served.send(
      "POST",
      "/api/documents",
      upload("copy.pdf", DEMO_DOWNLOAD.bytes(), { plan: "birch-coast" }),
    );
    expect(JSON.stringify(jsonOf(again))).toContain(
      "exact duplicate of plans/birch-coast/stp-final-v3-2.pdf",
    );
  });

  it("refuses an upload without a plan (suggesting one), without a file, or not as a form", async () => {
    const served = demo.served();
    const noPlan = await served.send(
      "POST",
      "/api/documents",
      upload("birch-coast-extra.pdf", DEMO_DOWNLOAD.bytes(), {}),
    );
    expect(noPlan.status).toBe(400);
    expect(jsonOf<{ error: string }>(noPlan).error).toMatch(
      /^which plan\? name it with a plan, or create one with a new plan \(name and region\); closest: birch-coast/,
    );
    const noFile = await served.send("POST", "/api/documents", new FormData());
    expect(noFile.status).toBe(400);
    expect(jsonOf<{ error: string }>(noFile).error).toMatch(/^file:/);
    const notForm = await served.send("POST", "/api/documents", "{}");
    expect(notForm.status).toBe(400);
    const badRole = await served.send(
      "POST",
      "/api/documents",
      upload("x.pdf", DEMO_DOWNLOAD.bytes(), {
        plan: "birch-coast",
        role: "x",
      }),
    );
    expect(jsonOf<{ error: string }>(badRole).error).toBe(
      'role: one of plan, summary, appendix (not "x")',
    );
  });

  it("lists the added file as waiting for a scan until a scan reads it", async () => {
    const listed = await demo.served().json<CorpusListJson>("/api/corpus");
    expect(listed.corpus).toBe(demo.corpus());
    expect(listed.waiting).toEqual([
      {
        document: "plans/birch-coast/stp-final-v3-2.pdf",
        plan: "birch-coast",
        role: "summary",
      },
    ]);
  });

  it("scans with progress to an end that gives scan's summary, and the statistic moves", async () => {
    const served = demo.served();
    const before = await served.json<Statistic>("/api/statistic");
    const started = await served.send("POST", "/api/scan");
    expect(started.status).toBe(202);
    const second = await served.send("POST", "/api/scan");
    expect(second.status).toBe(409);
    expect(jsonOf<{ error: string }>(second).error).toMatch(
      /a scan is running/,
    );
    const events = await scanEvents(served);
    const progress = events.filter((e) => e.type === "progress");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({
      documentsTotal: expect.any(Number),
    });
    const end = endOf(events);
    expect(end.how).toBe("finished");
    expect(end.outcome).toMatch(/documents: 1 added/);
    expect(end.outcome).toMatch(/unaudited statistic moved: 3\/4/);
    expect(end.scan).toMatchObject({ changes: expect.any(Object) });
    const after = await served.json<Statistic>("/api/statistic");
    expect(after.numerator).toBe(before.numerator + 1);
    // A watcher who comes after the end is told how it ended, and the stream ends.
    expect(endOf(await scanEvents(served)).how).toBe("finished");
    expect((await served.json<CorpusListJson>("/api/corpus")).waiting).toEqual(
      [],
    );
  });

  it("cancels a scan: the last event says it was stopped", async () => {
    const served = demo.served();
    expect(
      (await served.send("POST", "/api/scan", '{"force": true}')).status,
    ).toBe(202);
    expect((await served.send("DELETE", "/api/scan")).status).toBe(202);
    const end = endOf(await scanEvents(served));
    expect(end.how).toBe("stopped");
    expect(end.reason).toMatch(/^stopped: /);
    expect((await served.send("DELETE", "/api/scan")).status).toBe(409);
    expect(
      (await served.send("POST", "/api/scan", '{"force": 1}')).status,
    ).toBe(400);
  });

  it("removes a document as corpus remove does, and refuses one the manifest does not list", async () => {
    const served = demo.served();
    const gone = await served.send(
      "DELETE",
      `/api/documents/${encodeURIComponent("plans/birch-coast/stp-final-v3-2.pdf")}`,
    );
    expect(gone.status).toBe(200);
    expect(jsonOf<DocumentRemovedJson>(gone)).toMatchObject({
      plan: "birch-coast",
      asideTo: "removed/plans/birch-coast/stp-final-v3-2.pdf",
    });
    const unknown = await served.send(
      "DELETE",
      `/api/documents/${encodeURIComponent("plans/birch-coast/nothing.pdf")}`,
    );
    expect(unknown.status).toBe(404);
    expect(jsonOf<{ error: string }>(unknown).error).toMatch(
      /no such document in the manifest/,
    );
  });

  it("refuses every write without this origin or the token", async () => {
    const served = demo.served();
    for (const [method, path] of [
      ["POST", "/api/scan"],
      ["DELETE", "/api/scan"],
      ["POST", "/api/documents"],
      ["DELETE", "/api/documents/x.pdf"],
      ["PUT", "/api/lexicon"],
      ["POST", "/api/page-declarations"],
      ["POST", "/api/verdicts"],
    ] as const) {
      const noOrigin = await fetch(`${served.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${served.token}` },
      });
      expect([path, noOrigin.status]).toEqual([path, 403]);
      const noToken = await fetch(`${served.base}${path}`, {
        method,
        headers: { origin: served.base },
      });
      expect([path, noToken.status]).toEqual([path, 403]);
    }
  });
});
