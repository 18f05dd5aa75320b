import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { CHROMIUM, missingChromium } from "../chromium.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";

describeUnlessMissing(
  missingChromium(),
  "the concordance plot puts a tick per mention where it falls in its document",
  () => {
    let browser: Browser;
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf([
          textPage("We will add social value."),
          textPage("Nothing here."),
          textPage("Nothing here either."),
          textPage("Nothing again. At the end: the Social Value Act applies."),
        ]),
      },
      {
        plan: "beta",
        path: "plans/beta/plan.pdf",
        bytes: makePdf([
          textPage("Social care only."),
          textPage("Social impact and social value."),
        ]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    const out = join(tempDir(), "report.html");
    const svg = join(tempDir(), "plot.svg");

    beforeAll(async () => {
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
      expect(
        runCli(["search", "social *", "--db", db, "--plot", svg]).status,
      ).toBe(0);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
      });
    }, 120_000);
    afterAll(async () => browser?.close());

    /** For each strip: its document and where each tick stands along it, 0 (start) to 1 (end), as drawn. */
    const ticksAlong = async (page: Page) =>
      page.$$eval("svg.dispersion g.strip", (strips) =>
        strips.map((g) => {
          const doc = g.querySelector("rect.doc")?.getBoundingClientRect();
          return {
            document: g.getAttribute("data-document"),
            along: [...g.querySelectorAll("line.tick")].map((t) => {
              const box = t.getBoundingClientRect();
              return doc === undefined
                ? -1
                : Math.round(
                    ((box.left + box.width / 2 - doc.left) / doc.width) * 100,
                  ) / 100;
            }),
          };
        }),
      );

    it("in the HTML report: one strip per document, headline mentions at their page and offset", async () => {
      const page = await browser.newPage();
      await page.goto(`file://${out}`);
      const strips = await ticksAlong(page);
      expect(strips.map((s) => [s.document, s.along.length])).toEqual([
        ["plans/alpha/plan.pdf", 2],
        ["plans/beta/plan.pdf", 1],
      ]);
      const [alpha, beta] = strips;
      // alpha: page 1 of 4 (first quarter), then the end of page 4 (last quarter).
      expect(alpha?.along[0]).toBeLessThan(0.25);
      expect(alpha?.along[1]).toBeGreaterThan(0.75);
      // beta: late on page 2 of 2.
      expect(beta?.along[0]).toBeGreaterThan(0.5);
      expect(
        await page.locator("#dispersion line.tick title").first().textContent(),
      ).toContain("social value");
    }, 60_000);

    it("search --plot draws the places of any query the same way", async () => {
      const page = await browser.newPage();
      await page.goto(`file://${svg}`);
      const strips = await ticksAlong(page);
      // "social *": alpha has 2 (social value, Social Value), beta 3 (Social care, Social impact, social value).
      expect(strips.map((s) => s.along.length)).toEqual([2, 3]);
      expect(strips[1]?.along[0]).toBeLessThan(0.5);
      expect(strips[1]?.along[2]).toBeGreaterThan(0.5);
    }, 60_000);
  },
);
