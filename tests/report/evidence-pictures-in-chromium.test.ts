import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";

describeUnlessMissing(
  missingChromium(),
  "the evidence pictures, opened in headless Chromium at 1366x768",
  () => {
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    const db = join(tempDir(), "stp.sqlite");
    const out = join(tempDir(), "report.html");
    const chromium = {} as { browser: Browser };
    beforeAll(async () => {
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
      chromium.browser = await launchChromium();
    }, 120_000);
    afterAll(async () => chromium.browser?.close());

    it("each picture loads, fits the page, and shows the highlight", async () => {
      const page = await chromium.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      await page.goto(`file://${out}`);
      // Runs in the page (a string, so this Node-typed file needs no DOM types).
      const shown = await page.evaluate<
        { loaded: boolean; fits: boolean; yellow: number }[]
      >(`(() => [...document.querySelectorAll("#evidence img.page-picture")].map((img) => {
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
        const g = canvas.getContext("2d"); g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
        let yellow = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i] > 200 && px[i + 2] < 120) yellow++;
        const box = img.getBoundingClientRect();
        return { loaded: img.complete && img.naturalWidth > 0, fits: box.right <= document.documentElement.clientWidth, yellow };
      }))()`);
      expect(shown).toHaveLength(5);
      for (const s of shown) {
        expect(s.loaded).toBe(true);
        expect(s.fits).toBe(true);
        expect(s.yellow).toBeGreaterThan(100);
      }
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.locator("#evidence").scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(PROJECT_ROOT, "output", "report-evidence-1366.png"),
      });
      await page.locator("#chart").scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(PROJECT_ROOT, "output", "report-chart-1366.png"),
      });
    }, 60_000);
  },
);
