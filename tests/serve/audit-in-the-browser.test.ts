import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { chromium, type Browser } from "playwright-core";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    "skipping the browser audit test: /usr/bin/chromium is not installed (make test installs it)",
  );

/** Starts `stp-scan serve` and resolves with its URL once it prints it. */
function startServer(
  db: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, "dist/pipeline/cli/main.js"),
      "serve",
      "--db",
      db,
      "--auditor",
      "web-tester",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out)?.[0];
      if (url) ok({ child, url });
    });
    child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
}

describe("stp-scan serve: the local audit app's guards", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    runCli(["scan", "--corpus", corpus, "--db", db]);
    server = await startServer(db);
  });
  afterAll(() => server?.child.kill());

  it("refuses requests without the token, from another origin or host, and files outside the corpus", async () => {
    const base = server.url.replace(/\/\?token=.*/, "");
    const token = server.url.replace(/.*token=/, "");
    expect((await fetch(`${base}/api/stats`)).status).toBe(403);
    expect(
      (await fetch(`${base}/api/stats`, { headers: { "x-token": token } }))
        .status,
    ).toBe(200);
    const post = (origin: string) =>
      fetch(`${base}/api/verdict`, {
        method: "POST",
        headers: {
          "x-token": token,
          origin,
          "content-type": "application/json",
        },
        body: "{}",
      });
    expect((await post("http://evil.example")).status).toBe(403);
    expect((await post(base)).status).toBe(400);
    expect(
      (
        await fetch(
          `${base}/api/pdf/${encodeURIComponent("../../etc/passwd")}`,
          { headers: { "x-token": token } },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${base}/pdfjs/../package.json`, {
          headers: { "x-token": token },
        })
      ).status,
    ).toBe(404);
  });

  it("refuses to listen beyond this machine", () => {
    const r = runCli(["serve", "--db", db, "--host", "0.0.0.0"]);
    expect([r.status, r.stderr]).toEqual([
      2,
      "stp-scan: --host 0.0.0.0: refused; stp-scan serve listens on 127.0.0.1 only\n",
    ]);
  });
});

(hasChromium ? describe : describe.skip)(
  "stp-scan serve in headless Chromium",
  () => {
    let browser: Browser;
    let server: { child: ChildProcess; url: string };
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    const db = join(tempDir(), "stp.sqlite");
    beforeAll(async () => {
      runCli(["scan", "--corpus", corpus, "--db", db]);
      server = await startServer(db);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
        ],
      });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      server?.child.kill();
    });

    it("highlights the selected mention on its rendered page and takes a verdict from the keyboard", async () => {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 1000 },
      });
      const outside: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(server.url.replace(/\/\?token=.*/, "")))
          outside.push(r.url());
      });
      await page.goto(server.url);
      await page.waitForSelector("body[data-loaded]");
      expect(await page.locator("#list tr").count()).toBe(9);
      // The Elm Bridge mention: "SOCIAL VALUE" on page 1.
      const row = page.locator("#list tr", { hasText: /SOCIAL VALUE/ });
      const id = await row.getAttribute("data-id");
      const started = Date.now();
      await row.click();
      await page.waitForSelector(`body[data-ready="${id}"]`);
      const renderMs = Date.now() - started;
      // The highlight sits on the page where the words are drawn: dark text pixels inside the box.
      // Runs in the page (a string, so this Node-typed file needs no DOM types).
      const ink = await page.evaluate<{
        dark: number;
        area: number;
        boxes: number;
      }>(`(() => {
      const canvas = document.getElementById("canvas");
      const box = document.querySelector(".hl");
      const [x, y, w, h] = [box.offsetLeft, box.offsetTop, box.offsetWidth, box.offsetHeight];
      const data = canvas.getContext("2d").getImageData(x, y, w, h).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 100) dark++;
      return { dark, area: w * h, boxes: document.querySelectorAll(".hl").length };
    })()`);
      expect(ink.boxes).toBe(1);
      // The box came from the database, stored at extraction.
      const handle = new Database(db, { readonly: true });
      const stored = JSON.parse(
        handle
          .prepare("SELECT boxes FROM mentions WHERE mention_id = ?")
          .pluck()
          .get(id) as string,
      ) as number[][];
      handle.close();
      expect(stored).toHaveLength(1);
      expect(ink.area).toBeGreaterThan(100);
      expect(ink.dark / ink.area).toBeGreaterThan(0.05);
      await page.keyboard.press("a");
      await page.waitForSelector(`body[data-judged="${id}:accepted"]`);
      expect(await page.locator("#stat").innerText()).toContain("1 accepted");
      const verdicts = JSON.parse(
        runCli(["audit", "log", "--db", db, "--json"]).stdout,
      ) as { mentionId: string; verdict: string; auditor: string }[];
      expect(verdicts).toEqual([
        expect.objectContaining({
          mentionId: id,
          verdict: "accepted",
          auditor: "web-tester",
        }),
      ]);
      expect(outside).toEqual([]);
      expect(renderMs).toBeLessThan(10_000); // generous: the bench-free sanity bound, not a speed target
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.screenshot({
        path: join(PROJECT_ROOT, "output", "serve-screenshot.png"),
      });
    }, 60_000);
  },
);
