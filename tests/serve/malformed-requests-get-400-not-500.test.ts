import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { openDatabase } from "../../pipeline/store/index.js";
import { createAuditServer } from "../../pipeline/serve/index.js";
import { listed, serveInProcess } from "./served-in-process.js";

describe("stp-scan serve: a malformed request is the client's mistake (400), not the app's (500)", () => {
  const corpus = writeCorpus([
    {
      plan: "alder",
      path: "plans/alder/plan.pdf",
      bytes: makePdf([textPage("We add social value.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it("a broken %-encoding in a path gets 400; a well-formed unknown id 404", async () => {
    const served = await serveInProcess(db);
    try {
      const statuses = [];
      for (const path of ["/api/pdf/%E0%A4%A", "/pdfjs/build/%E0%A4%A"])
        statuses.push((await served.get(path)).status);
      statuses.push((await served.get("/api/pdf/no-such-id")).status);
      expect(statuses).toEqual([400, 400, 404]);
    } finally {
      await served.close();
    }
  });

  it("a verdict body too large to be one gets 413 with one JSON error and stores nothing", async () => {
    const served = await serveInProcess(db);
    try {
      const id = (await listed(served)).rows[0]?.id ?? "";
      const verdict = (note: string) =>
        served.post({ id, verdict: "accepted", note });
      const large = await verdict("x".repeat(100_000));
      expect([large.status, large.body]).toEqual([
        413,
        '{"error":"request too large"}',
      ]);
      expect(runCli(["audit", "log", "--db", db, "--json"]).stdout).toBe(
        "[]\n",
      );
    } finally {
      await served.close();
    }
  });

  it("a verdict body that is not JSON, not an object, or has fields of the wrong type gets 400", async () => {
    const file = openDatabase(db, { mustExist: true });
    const { server, token } = createAuditServer({
      db: file,
      auditor: "web-tester",
      threshold: 3,
      port: 0,
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (body: string) =>
      (
        await fetch(`${base}/api/verdict`, {
          method: "POST",
          headers: { "x-token": token, origin: base },
          body,
        })
      ).status;
    try {
      const served = await serveInProcess(db);
      const id = (await listed(served)).rows[0]?.id ?? "";
      await served.close();
      expect(id).not.toBe("");
      const bodies = [
        "{not json",
        "null",
        "[]",
        '"accepted"',
        JSON.stringify({ id: 7, verdict: "accepted" }),
        JSON.stringify({ id, verdict: "evil" }),
        JSON.stringify({ id, verdict: "accepted", note: 5 }),
      ];
      const statuses = [];
      for (const body of bodies) statuses.push(await post(body));
      expect(statuses).toEqual(bodies.map(() => 400));
      // The well-formed neighbour is stored.
      expect(await post(JSON.stringify({ id, verdict: "accepted" }))).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      file.close();
    }
  });
});
