import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";
import { startServer } from "../serve/serve-command.js";

/** Where the picture of the app goes (output/ is not kept in git): look at it after a change to web/. */
const SCREENSHOT = join(PROJECT_ROOT, "output", "web-app-1366x768.png");

describeUnlessMissing(
  missingChromium(),
  "the browser app (web/) in headless Chromium",
  () => {
    const db = join(tempDir(), "stp.sqlite");
    let browser: Browser;
    let server: { child: ChildProcess; url: string };
    beforeAll(async () => {
      const corpus = tempDir();
      writeDemoCorpus(corpus);
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      server = await startServer(db);
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      server?.child.kill();
    });

    it("loads and draws a page with no console errors, asks no host but the server, and runs no inline script", async () => {
      const base = new URL(server.url).origin;
      const page = await browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          errors.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      const elsewhere: string[] = [];
      page.on("request", (r) => {
        // data: and blob: URLs are made inside the page; every request that leaves it goes to the server.
        const url = new URL(r.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== base)
          elsewhere.push(r.url());
        if (/^(ws|wss|ftp):$/.test(url.protocol)) elsewhere.push(r.url());
      });
      // The audit view, reached by its address (the workbench opens on the overview).
      const answer = await page.goto(`${server.url}#/audit`);
      const policy = answer?.headers()["content-security-policy"] ?? "";
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      await page.waitForSelector("body[data-loaded]");
      // The token left the address bar for the tab's sessionStorage; the view's address stays.
      expect(page.url()).toBe(`${base}/#/audit`);
      const first = page.locator("#list tbody tr").first();
      const id = await first.getAttribute("data-id");
      await first.click();
      await page.waitForSelector(`body[data-ready="${id}"]`);
      expect(await page.locator(".hl").count()).toBeGreaterThan(0);
      const inline = await page.evaluate<number>(
        `document.querySelectorAll("script:not([src])").length`,
      );
      expect(inline).toBe(0);
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
    }, 60_000);
  },
);
