import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createAuditServer } from "../../pipeline/serve/index.js";
import { openDatabase } from "../../pipeline/store/index.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

// Cookies are not scoped by port: a browser sends the app's cookies to any other server on 127.0.0.1, which can
// then replay them. So no cookie may carry the token, and no request may pass on a cookie alone.
describe("a cookie another local port received cannot post a verdict", () => {
  const corpus = writeCorpus([
    {
      plan: "alpha",
      path: "plans/alpha/plan.pdf",
      bytes: makePdf([textPage("Partners add social value.")]),
    },
  ]);
  const dbFile = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", dbFile]).status).toBe(0);
  const db = openDatabase(dbFile, { mustExist: true });
  const { server, token } = createAuditServer({
    db,
    auditor: "web-tester",
    threshold: 1,
    port: 0,
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          ok();
        });
      }),
  );
  const firstId = async () => {
    const r = await fetch(`${base}/api/mentions`, {
      headers: { "x-stp-token": token },
    });
    expect(r.status).toBe(200);
    const ids = ((await r.json()) as { rows: { id: string }[] }).rows;
    expect(ids).toHaveLength(1);
    return (ids[0] as { id: string }).id;
  };
  const postVerdict = (headers: Record<string, string>, id: string) =>
    fetch(`${base}/api/verdict`, {
      method: "POST",
      headers: { origin: base, "content-type": "application/json", ...headers },
      body: JSON.stringify({ id, verdict: "rejected" }),
    });

  it("the page sets no cookie that holds the token", async () => {
    const page = await fetch(`${base}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("set-cookie") ?? "").not.toContain(token);
  });

  it("a verdict posted with the old stp_token cookie but without the X-STP-Token header is refused (403)", async () => {
    const id = await firstId();
    const replayed = await postVerdict({ cookie: `stp_token=${token}` }, id);
    expect(replayed.status).toBe(403);
    const reads = await fetch(`${base}/api/stats`, {
      headers: { cookie: `stp_token=${token}` },
    });
    expect(reads.status).toBe(403);
  });

  it("the same verdict with the X-STP-Token header is stored (200)", async () => {
    const id = await firstId();
    const posted = await postVerdict({ "x-stp-token": token }, id);
    expect(posted.status).toBe(200);
  });

  it("a verdict with the token in the URL but not in the header is refused (403)", async () => {
    const id = await firstId();
    const r = await fetch(`${base}/api/verdict?token=${token}`, {
      method: "POST",
      headers: { origin: base, "content-type": "application/json" },
      body: JSON.stringify({ id, verdict: "accepted" }),
    });
    expect(r.status).toBe(403);
  });
});
