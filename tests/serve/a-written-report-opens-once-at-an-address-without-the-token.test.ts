import { createOneUsePaths } from "../../pipeline/serve/one-use-paths.js";
import { tempDir } from "../helpers.js";
import { scanDemoCorpus, serveWorkbench, type Workbench } from "./workbench.js";

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe("a written report opens once at an address without the token", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await serveWorkbench(scanDemoCorpus().db, { outputDir: tempDir() });
  }, 300_000);
  afterAll(() => wb?.close());

  it("POST /api/report/open gives an address a tab opens once with no token, under the report's sandbox", async () => {
    const written = await wb.post("/api/report", "{}");
    expect([written.status, json(written.body)]).toEqual([
      200,
      { url: "/report/report.html" },
    ]);
    const opened = await wb.post(
      "/api/report/open",
      JSON.stringify({ url: "/report/report.html" }),
    );
    expect(opened.status).toBe(200);
    const address = String(json(opened.body)["url"]);
    expect(address).toMatch(/^\/report\/report\.html\?once=[0-9a-f]{48}$/);
    expect(address).not.toContain(wb.token);

    // A tab sends no header: the address alone lets it in, once.
    const first = await wb.get(address, {});
    expect(first.status).toBe(200);
    expect(first.body).toContain("fully read plans");
    expect(first.headers.get("content-security-policy")).toMatch(
      /^sandbox allow-scripts/,
    );
    const again = await wb.get(address, {});
    expect([again.status, json(again.body)]).toEqual([
      403,
      { error: "missing or wrong token" },
    ]);
  });

  it("an address is good only for the report it was given for, and only with the token is one given", async () => {
    await wb.post("/api/report", JSON.stringify({ audited: true }));
    const opened = await wb.post(
      "/api/report/open",
      JSON.stringify({ url: "/report/report.html" }),
    );
    const ticket = String(json(opened.body)["url"]).split("?")[1] ?? "";
    const other = await wb.get(`/report/report-audited.html?${ticket}`, {});
    expect(other.status).toBe(403);
    const spent = await wb.get(`/report/report.html?${ticket}`, {});
    expect(spent.status).toBe(403);
    const bare = await wb.get("/report/report.html", {});
    expect(bare.status).toBe(403);

    const withoutToken = await wb.post(
      "/api/report/open",
      JSON.stringify({ url: "/report/report.html" }),
      { origin: wb.base },
    );
    expect([withoutToken.status, json(withoutToken.body)]).toEqual([
      403,
      { error: "missing or wrong token" },
    ]);
  });

  it("a report not written yet, or a body without its address, is refused with one message", async () => {
    const own = await serveWorkbench(scanDemoCorpus().db, {
      outputDir: tempDir(),
    });
    try {
      const unwritten = await own.post(
        "/api/report/open",
        JSON.stringify({ url: "/report/report-audited.html" }),
      );
      expect([unwritten.status, json(unwritten.body)]).toEqual([
        404,
        {
          error:
            'no report "report-audited.html" yet: write one with POST /api/report',
        },
      ]);
      const bad = await own.post("/api/report/open", '{"url": 3}');
      expect(bad.status).toBe(400);
      expect(String(json(bad.body)["error"])).toMatch(
        /^a JSON object with url/,
      );
    } finally {
      await own.close();
    }
  }, 300_000);

  it("an address not opened within a minute is no longer good", () => {
    let now = 1_000_000;
    const paths = createOneUsePaths(() => now);
    const pastIt = new URL(paths.issue("/report/report.html"), "http://x");
    const atIt = new URL(paths.issue("/report/report.html"), "http://x");
    expect(atIt.searchParams.get("once")).not.toBe(
      pastIt.searchParams.get("once"),
    );
    now += 60_000;
    expect(
      paths.redeem("/report/report.html", atIt.searchParams.get("once") ?? ""),
    ).toBe(true);
    now += 1;
    expect(
      paths.redeem(
        "/report/report.html",
        pastIt.searchParams.get("once") ?? "",
      ),
    ).toBe(false);
  });
});
