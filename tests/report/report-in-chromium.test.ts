import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { hasChromium, launchChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";

(hasChromium("the report-in-Chromium test") ? describe : describe.skip)(
  "the HTML report, opened from disk in headless Chromium",
  () => {
    let browser: Browser;
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf([
          textPage("We will add social value."),
          textPage("The Social Value Act applies."),
        ]),
      },
      {
        plan: "beta",
        path: "plans/beta/plan.pdf",
        bytes: makePdf([
          textPage(
            '<script>alert(1)</script> social value "><img src=x onerror=alert(2)>',
          ),
        ]),
      },
      {
        plan: "gamma",
        path: "plans/gamma/plan.pdf",
        bytes: makePdf([textPage("Social care and value for money only.")]),
      },
      {
        plan: "delta",
        path: "plans/delta/plan.pdf",
        bytes: new Uint8Array(Buffer.from("not a pdf")),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    const out = join(tempDir(), "report", "report.html");

    beforeAll(async () => {
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
      browser = await launchChromium();
    }, 120_000);
    afterAll(async () => browser?.close());

    it("shows the statistic, the plan rows and the passages of the database; runs no PDF text; loads nothing else", async () => {
      const page = await browser.newPage({
        viewport: { width: 1200, height: 900 },
      });
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${out}`);
      const stat = JSON.parse(
        runCli(["stats", "--db", db, "--json"]).stdout,
      ) as { numerator: number; denominator: number; plans: unknown[] };
      const headline = await page.locator("#headline .big").innerText();
      expect(headline).toContain(
        `${stat.numerator} of ${stat.denominator} fully read plans mention social value`,
      );
      expect(headline).toMatch(
        /95% Wilson confidence interval \d+\.\d% to \d+\.\d%/,
      );
      expect(await page.locator("#plans tbody tr").count()).toBe(
        stat.plans.length,
      );
      const mentions = JSON.parse(
        runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
      ) as { headline: boolean; plan_id: string; page: number }[];
      const expected = mentions.filter(
        (m) => m.headline && m.plan_id !== "delta",
      );
      expect(await page.locator("#evidence li").count()).toBe(expected.length);
      expect(await page.locator("#evidence mark").allInnerTexts()).toEqual([
        "social value",
        "Social Value Act",
        "social value",
      ]);
      expect(await page.locator("#evidence").innerText()).toContain(
        "<script>alert(1)</script>",
      );
      expect(
        await page.locator("#evidence a").first().getAttribute("href"),
      ).toMatch(/plans\/alpha\/plan\.pdf#page=1$/);
      expect(await page.locator("#apart").innerText()).toContain(
        "plans/delta/plan.pdf: not-pdf",
      );
      // Sorting by the Headline column puts the largest count last, then first.
      await page.locator("#plans th", { hasText: "Headline" }).click();
      await page.locator("#plans th", { hasText: "Headline" }).click();
      expect(
        await page
          .locator("#plans tbody tr td:nth-child(5)")
          .first()
          .innerText(),
      ).toBe("2");
      expect(dialogs).toEqual([]);
      expect(
        requests.filter(
          (u) => !u.startsWith("file://") && !u.startsWith("data:"),
        ),
      ).toEqual([]);
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.screenshot({
        path: join(PROJECT_ROOT, "output", "report-screenshot.png"),
        fullPage: true,
      });
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".screen-only").first().isVisible()).toBe(
        false,
      );
    }, 60_000);
  },
);
