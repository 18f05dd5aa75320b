import { join } from "node:path";
import type { Page } from "playwright-core";
import { missingChromium } from "../chromium.js";
import { readXlsx } from "../cli/read-xlsx.js";
import { runCli } from "../cli/run-cli.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import {
  waitShownMatching,
  waitUntil,
  watchRequests,
  workbenchInChromium,
} from "./workbench-in-chromium.js";

type Place = {
  left: string;
  match: string;
  right: string;
  document: string;
  page: number;
};

/** The concordance's rows as the page shows them: left | hit | right. */
const ROWS = `[...document.querySelectorAll("#concordance tbody tr")].map((tr) =>
  [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent.trim()).join(" | "))`;

/** The first word of a right context, as the R1 sort reads it. */
const firstWord = (right: string) =>
  /[\p{L}\p{N}]+/u.exec(right.toLowerCase())?.[0] ?? "";

describeUnlessMissing(
  missingChromium(),
  "an analyst in the workbench (headless Chromium)",
  () => {
    const wb = workbenchInChromium();
    const watched: ReturnType<typeof watchRequests>[] = [];
    /** A tab at 1366x768 whose requests are watched: none may leave loopback or carry the token in its address. */
    const newPage = async (): Promise<Page> => {
      const page = await wb.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      watched.push(watchRequests(page, wb.base, wb.token));
      return page;
    };
    afterEach(() => {
      const seen = watched.splice(0);
      expect(seen.flatMap((w) => w.elsewhere)).toEqual([]);
      expect(seen.flatMap((w) => w.withToken)).toEqual([]);
    });

    it("opens the overview, searches social valu*, sorts by the right context, opens the third hit and sees it highlighted on its page", async () => {
      const page = await newPage();
      await wb.open(page, "#/overview");
      const figure = await wb.api<{ numerator: number; denominator: number }>(
        "/api/statistic",
      );
      expect(await page.locator("#numerator").textContent()).toBe(
        String(figure.numerator),
      );
      // The numerator is made of the plans that mention social value: its link lists them.
      await page.click("#numerator");
      await waitShownMatching(page, "^#/plans\\?status=yes$");
      expect(await page.locator("#plans tbody tr").count()).toBe(
        figure.numerator,
      );

      await page.click("nav >> text=Search");
      await page.fill("#q", "social valu*");
      await page.press("#q", "Enter");
      await waitShownMatching(page, "q=social\\+valu\\*");
      await page.selectOption("#sort-1", "R1");
      await waitShownMatching(page, "sort=R1");
      const sorted = await wb.api<{ places: Place[] }>(
        `/api/search?${new URLSearchParams({ q: "social valu*", mode: "phrase", sort: "R1", limit: "50", offset: "0" }).toString()}`,
      );
      expect(sorted.places.length).toBeGreaterThanOrEqual(3);
      const words = sorted.places.map((p) => firstWord(p.right));
      expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b)));
      expect(await page.evaluate<string[]>(ROWS)).toEqual(
        sorted.places.map((p) => `${p.left} | ${p.match} | ${p.right}`),
      );

      const third = sorted.places[2] as Place;
      await page.locator("#concordance tbody tr").nth(2).click();
      await waitUntil(
        page,
        `document.body.dataset.drawn === ${JSON.stringify(`${third.document}#${third.page}`)}`,
      );
      expect(await page.locator("#page-of").textContent()).toMatch(
        new RegExp(`^page ${third.page} of \\d+$`),
      );
      const marked = (await page.locator("mark.mark-hit").textContent()) ?? "";
      expect(marked.replace(/\s+/g, " ")).toBe(third.match);
      const pageClass = (await page.locator("#page-class").textContent()) ?? "";
      // A page with a text layer gets the hit's boxes on the drawn page too (an OCR page has no text items).
      if (pageClass === "text layer")
        expect(await page.locator(".hl-hit").count()).toBeGreaterThan(0);
      await page.close();
    }, 90_000);

    it("keeps a query typed the moment the search box appears (the view does not put its address's query back over it)", async () => {
      const page = await newPage();
      await wb.open(page, "#/overview");
      // Typed by a script at the first moment the box is in the page, before the view's effects have run: the
      // quickest typist there is, or a slow machine.
      await page.evaluate(`new Promise((done) => {
        new MutationObserver((_, watcher) => {
          const q = document.getElementById("q");
          if (q === null) return;
          watcher.disconnect();
          q.value = "social valu*";
          q.dispatchEvent(new Event("input", { bubbles: true }));
          done();
        }).observe(document.body, { childList: true, subtree: true });
        location.hash = "#/search";
      })`);
      await waitShownMatching(page, "^#/search$");
      // Past the frames in which the view's effects run.
      await page.evaluate(
        `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))`,
      );
      expect(await page.inputValue("#q")).toBe("social valu*");
      await page.close();
    });

    it("filters the plans by region", async () => {
      const page = await newPage();
      await wb.open(page, "#/plans");
      const { plans } = await wb.api<{ plans: { region: string }[] }>(
        "/api/plans",
      );
      const north = plans.filter((p) => p.region === "North").length;
      expect(north).toBeGreaterThan(0);
      expect(await page.locator("#plans tbody tr").count()).toBe(plans.length);
      await page.selectOption("#plan-region", "North");
      await waitShownMatching(page, "region=North");
      const regions = await page
        .locator("#plans tbody tr td:nth-child(2)")
        .allTextContents();
      expect(regions).toEqual(Array(north).fill("North"));
      await page.close();
    }, 60_000);

    it("downloads the concordance as XLSX with the columns and rows of search --format csv", async () => {
      const page = await newPage();
      await wb.open(page, "#/search?q=social+valu*");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#search-download-xlsx"),
      ]);
      const file = join(tempDir(), "search.xlsx");
      await download.saveAs(file);
      const [sheet] = await readXlsx(file);
      const csv = runCli([
        "search",
        "social valu*",
        "--db",
        wb.db,
        "--format",
        "csv",
      ]);
      expect(csv.status).toBe(0);
      const lines = csv.stdout
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/);
      const header = Object.values(sheet?.rows[0] ?? {}).map((c) => c.value);
      expect(header.join(",")).toBe(lines[0]);
      expect(sheet?.rows.length).toBe(lines.length);
      await page.close();
    }, 60_000);

    it("keeps one page of rows in the DOM and pages through the rest", async () => {
      const page = await newPage();
      await wb.open(page, "#/search");
      await page.fill("#q", "\\w+");
      await page.selectOption("#mode", "regex");
      await page.press("#q", "Enter");
      await waitShownMatching(page, "mode=regex");
      const range = (await page.locator("#rows-range").textContent()) ?? "";
      const total = Number(/of (\d+)$/.exec(range)?.[1]);
      expect(total).toBeGreaterThan(100);
      expect(range).toBe(`1-50 of ${total}`);
      expect(await page.locator("#concordance tbody tr").count()).toBe(50);
      await page.click("#rows-next");
      await waitShownMatching(page, "offset=50");
      expect(await page.locator("#rows-range").textContent()).toBe(
        `51-100 of ${total}`,
      );
      expect(await page.locator("#concordance tbody tr").count()).toBe(50);
      await page.close();
    }, 60_000);

    it("sets the collocates' window, minimum count and measure, and downloads them as XLSX with the rows of collocates --format csv", async () => {
      const page = await newPage();
      await wb.open(page, "#/search?q=social+valu*&tab=collocates");
      await page.fill("#option-window", "3");
      await page.press("#option-window", "Enter");
      await waitShownMatching(page, "window=3");
      await page.fill("#option-min_count", "1");
      await page.press("#option-min_count", "Enter");
      await waitShownMatching(page, "min_count=1");
      await page.selectOption("#option-by", "mi");
      await waitShownMatching(page, "by=mi");
      const cli = runCli([
        "collocates",
        "social valu*",
        "--window",
        "3",
        "--min-count",
        "1",
        "--by",
        "mi",
        "--db",
        wb.db,
        "--format",
        "csv",
      ]);
      expect(cli.status).toBe(0);
      const lines = cli.stdout.trim().split(/\r?\n/);
      expect(lines.length).toBeGreaterThan(4);
      const shown = await page
        .locator("#collocates-table tbody tr td:first-child")
        .allTextContents();
      expect(shown).toEqual(lines.slice(1).map((l) => l.split(",")[0]));
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#collocates-download-xlsx"),
      ]);
      const file = join(tempDir(), "collocates.xlsx");
      await download.saveAs(file);
      const [sheet] = await readXlsx(file);
      expect(sheet?.name).toBe("collocates");
      expect(
        sheet?.rows.map((r) =>
          Object.values(r)
            .map((c) => String(c.value))
            .join(","),
        ),
      ).toEqual(lines);
      await page.close();
    }, 60_000);

    it("writes the report and opens it in a tab of its own, at an address that holds no token", async () => {
      const page = await newPage();
      await wb.open(page, "#/exports");
      await page.click("#write-report");
      await page.waitForSelector("#open-report");
      const [tab] = await Promise.all([
        page.waitForEvent("popup"),
        page.click("#open-report"),
      ]);
      await tab.waitForURL(/\/report\/report\.html\?once=/);
      await tab.waitForLoadState();
      const figure = await wb.api<{ numerator: number; denominator: number }>(
        "/api/statistic",
      );
      expect(await tab.textContent("body")).toContain(
        `${figure.numerator} of ${figure.denominator} fully read plans`,
      );
      expect(tab.url()).not.toContain(wb.token);
      // The address is spent: the same address asked again is refused.
      expect((await fetch(tab.url())).status).toBe(403);
      await tab.close();
      await page.close();
    }, 60_000);
  },
);
