import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { describeUnlessMissing, PROJECT_ROOT } from "../helpers.js";
import { LAYOUT_PROBLEMS } from "./layout-problems.js";
import {
  waitShownMatching,
  waitUntil,
  watchRequests,
  workbenchInChromium,
} from "./workbench-in-chromium.js";

type Broad = { numerator: number; denominator: number };
type Candidates = {
  total: number;
  candidates: { rank: number; plan: string; document: string; page: number }[];
};
type Elusion = {
  seed: number;
  pages: { item: number; document: string; page: number }[];
} | null;

/** Waits until the element `selector` reads `text` (trimmed). */
const waitText = (page: Page, selector: string, text: string) =>
  waitUntil(
    page,
    `document.querySelector(${JSON.stringify(selector)})?.textContent.trim() === ${JSON.stringify(text)}`,
  );

describeUnlessMissing(
  missingChromium(),
  "an analyst reads the candidates queue and judges an elusion draw (headless Chromium)",
  () => {
    const wb = workbenchInChromium();

    /** A 1366x768 screenshot of the view shown, into output/, and the layout problems on it. */
    const shoot = async (page: Page, name: string): Promise<string[]> => {
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.screenshot({
        path: join(PROJECT_ROOT, "output", `workbench-${name}-1366x768.png`),
      });
      return page.evaluate<string[]>(LAYOUT_PROBLEMS);
    };

    it("sees the broad figure in the overview, opens a candidate page in the viewer, draws with a seed, answers no, no, yes, sees the figures move, takes one back, and sees a page coded meanwhile leave the queue", async () => {
      const page = await wb.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      const requests = watchRequests(page, wb.base, wb.token);
      const layout: Record<string, string[]> = {};

      await wb.open(page, "#/overview");
      const { broad } = await wb.api<{ broad: Broad }>("/api/statistic");
      expect(await page.locator("#broad-figure").textContent()).toBe(
        `${broad.numerator} of ${broad.denominator}`,
      );
      expect(await page.locator("#broad").textContent()).toContain(
        "Plans that discuss social value (broad)",
      );
      expect(await page.locator("#broad-elusion").textContent()).toContain(
        "draw an elusion sample",
      );
      layout["overview"] = await shoot(page, "overview-broad");

      await page.click("nav >> text=Candidates");
      await waitShownMatching(page, "^#/candidates$");
      const queue = await wb.api<Candidates>("/api/candidates?limit=25");
      expect(queue.total).toBeGreaterThan(0);
      expect(await page.locator("#candidates tbody tr").count()).toBe(
        Math.min(25, queue.total),
      );
      layout["candidates"] = await shoot(page, "candidates-queue");
      const first = queue.candidates[0];
      await page.locator("#candidates tbody tr .open-page").first().click();
      await waitShownMatching(
        page,
        `^#/documents/${first?.document ?? ""}/pages/${first?.page ?? 0}\\?from=candidates$`,
      );
      // Paging on keeps the way back to the queue.
      if (!(await page.locator("#page-next").isDisabled())) {
        await page.click("#page-next");
        await waitShownMatching(page, `\\?from=candidates$`);
      }
      await page.click("#back-to-queue");
      await waitShownMatching(page, "^#/candidates$");

      await page.click("nav >> text=Elusion");
      await waitShownMatching(page, "^#/elusion$");
      expect(await page.locator(".lead").textContent()).toContain(
        "count in neither figure",
      );
      await page.click("#draw-random");
      expect(await page.inputValue("#draw-seed")).toMatch(/^\d+$/);
      await page.fill("#draw-size", "3");
      await page.fill("#draw-seed", "7");
      await page.click("#draw");
      await waitText(page, "#elusion-seed", "7");
      const drawn = await wb.api<Elusion>("/api/elusion");
      expect(drawn?.seed).toBe(7);
      expect(await page.locator("#elusion-pages tbody tr").count()).toBe(
        drawn?.pages.length,
      );
      await waitText(page, "#elusion-judged", "0 of 3 drawn");

      await page.click("#item-1 .say-no");
      await waitText(page, "#elusion-judged", "1 of 3 drawn");
      await page.click("#item-2 .say-no");
      await waitText(page, "#elusion-judged", "2 of 3 drawn");
      await page.fill("#item-3 .judge-note", "jobs through contracts");
      await page.click("#item-3 .say-yes");
      await waitText(page, "#elusion-judged", "3 of 3 drawn");
      expect(await page.locator("#elusion-yes").textContent()).toBe("1");
      expect(await page.locator("#elusion-rate").textContent()).toMatch(
        /^rate 33\.3%, exact \(Clopper-Pearson\) 95% interval 0\.8%-90\.6%$/,
      );
      expect(await page.locator("#item-3").textContent()).toContain(
        "code the passage on the page",
      );
      expect(await page.locator("#item-3 .answer").textContent()).toContain(
        "jobs through contracts",
      );
      expect(await page.locator("#earlier-draws").textContent()).toBe(
        "No other draw was made.",
      );
      expect(await page.locator("#elusion-moved").textContent()).toContain(
        "1 yes page to code",
      );
      layout["elusion"] = await shoot(page, "elusion-judged");

      await page.click("#item-3 .take-back");
      await waitText(page, "#elusion-judged", "2 of 3 drawn");
      expect(await page.locator("#elusion-yes").textContent()).toBe("0");
      expect(await page.locator("#item-3 .answer").textContent()).toBe(
        "not judged",
      );

      // A new draw while one stands asks first.
      await page.fill("#draw-seed", "8");
      await page.click("#draw");
      await page.waitForSelector("#draw-confirm");
      expect(await page.locator("#elusion-seed").textContent()).toBe("7");

      await wb.open(page, "#/overview");
      expect(await page.locator("#broad-elusion").textContent()).toMatch(
        /Of 1 page not judged, at most 1 may still discuss the concept \(0 yes of 2 judged; rate 0\.0%, exact \(Clopper-Pearson\) 95% interval 0\.0%-84\.2%\)/,
      );

      // A passage coded meanwhile (here on the command line): its page leaves the queue, its plan's other pages are
      // marked, and the broad figure names the plan it adds.
      const coded = runCli([
        "code",
        "plans/birch-coast/birch-coast-stp.pdf",
        "1",
        "--text",
        "publish progress each quarter",
        "--concept",
        "social-value",
        "--note",
        "reports on its commitments",
        "--db",
        wb.db,
      ]);
      expect(coded.status).toBe(0);
      await wb.open(page, "#/candidates");
      const left = await wb.api<Candidates>("/api/candidates?limit=25");
      expect(left.total).toBe(queue.total - 1);
      expect(
        left.candidates.some((c) => c.plan === "birch-coast" && c.page === 1),
      ).toBe(false);
      const marked = page.locator("#candidates tbody tr.gained");
      expect(await marked.count()).toBe(
        left.candidates.filter((c) => c.plan === "birch-coast").length,
      );
      expect(await marked.first().textContent()).toContain(
        "now has 1 coded passage",
      );
      layout["candidates, marked"] = await shoot(page, "candidates-marked");
      await wb.open(page, "#/overview");
      expect(await page.locator("#broad-added").textContent()).toBe(
        "Plans it adds beyond the headline: birch-coast.",
      );
      layout["overview, bounded"] = await shoot(page, "overview-bounded");

      // Every fully read plan counts now: a new draw, confirmed, is refused in one line and the old draw stands.
      await wb.open(page, "#/elusion");
      await page.fill("#draw-seed", "8");
      await page.click("#draw");
      await page.click("#draw-confirmed");
      await page.waitForSelector(".draw-form .problem");
      expect(await page.locator(".draw-form .problem").textContent()).toBe(
        "no page to draw from: every fully read plan counts in the broad statistic already (or none has a page with text)",
      );
      expect(await page.locator("#elusion-seed").textContent()).toBe("7");
      expect(layout).toEqual({
        overview: [],
        candidates: [],
        elusion: [],
        "overview, bounded": [],
        "candidates, marked": [],
      });
      expect(requests).toEqual({ elsewhere: [], withToken: [] });
      await page.close();
    }, 120_000);
  },
);
