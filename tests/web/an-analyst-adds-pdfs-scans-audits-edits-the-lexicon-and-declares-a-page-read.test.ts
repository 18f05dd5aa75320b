import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { DEMO_DOWNLOAD, writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";
import { startServer } from "../serve/serve-command.js";
import { waitUntil } from "./workbench-in-chromium.js";

/** Each step pictured at 1366x768 (output/ is not kept in git): look at them after a change to these views. */
const shot = (page: Page, step: string) =>
  page.screenshot({
    path: join(PROJECT_ROOT, "output", `web-journey-${step}-1366x768.png`),
  });

const HTML_PAGE =
  "<!doctype html><html><head><title>Birch Coast STP</title></head><body><p>Download the plan</p></body></html>";

describeUnlessMissing(
  missingChromium(),
  "an analyst's day in the workbench (headless Chromium, serve in a process of its own)",
  () => {
    const db = join(tempDir(), "stp.sqlite");
    let browser: Browser;
    let server: { child: ChildProcess; url: string };
    let page: Page;
    const api = async <T>(path: string): Promise<T> => {
      const url = new URL(server.url);
      const r = await fetch(`${url.origin}${path}`, {
        headers: { "x-stp-token": url.searchParams.get("token") ?? "" },
      });
      return (await r.json()) as T;
    };
    const open = async (hash: string) => {
      await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
      await waitUntil(
        page,
        `document.body.dataset.shown === ${JSON.stringify(hash)}`,
      );
    };
    beforeAll(async () => {
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      const corpus = tempDir();
      writeDemoCorpus(corpus);
      expect(
        runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]).status,
      ).toBe(0);
      server = await startServer(db);
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${server.url}#/overview`);
      await waitUntil(page, `document.body.dataset.shown === "#/overview"`);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      server?.child.kill();
    });

    it("drops two PDFs: the good one is added, the HTML page saved as .pdf refused with its reason", async () => {
      await open("#/corpus");
      await page.selectOption("#add-plan", "birch-coast");
      // Made in the page (the test's own script; the types of the DOM are not the test's).
      const good = Buffer.from(DEMO_DOWNLOAD.bytes()).toString("base64");
      const transfer = await page.evaluateHandle(`(() => {
        const t = new DataTransfer();
        const good = Uint8Array.from(atob(${JSON.stringify(good)}), (c) => c.charCodeAt(0));
        t.items.add(new File([good], "STP_final_v3 (2).pdf", { type: "application/pdf" }));
        t.items.add(new File([${JSON.stringify(HTML_PAGE)}], "birch-coast-plan.pdf", { type: "application/pdf" }));
        return t;
      })()`);
      await page.dispatchEvent("#drop-zone", "drop", {
        dataTransfer: transfer,
      });
      await waitUntil(
        page,
        `document.querySelectorAll("#add-outcomes li").length === 2`,
      );
      const lines = await page.locator("#add-outcomes li").allInnerTexts();
      expect(lines).toEqual([
        "STP_final_v3 (2).pdf: added as plans/birch-coast/stp-final-v3-2.pdf",
        "birch-coast-plan.pdf: refused, not a PDF (no %PDF- header; looks like an HTML page (a download error page?))",
      ]);
      // Added, not read yet: the Corpus view says it waits for a scan.
      await waitUntil(
        page,
        `document.querySelector("#waiting")?.innerText.includes("plans/birch-coast/stp-final-v3-2.pdf") === true`,
      );
      await shot(page, "1-added");
    });

    it("starts the scan, watches its progress to the end and sees the statistic move", async () => {
      await open("#/scan");
      expect(await page.locator("#scan-figure").innerText()).toContain(
        "3 of 4 plans",
      );
      await page.focus("#scan-start");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#scan-end[data-how=finished]", {
        timeout: 60_000,
      });
      expect(await page.locator("#scan-line").innerText()).toMatch(
        /^scanning: \d+\/\d+ documents, \d+ pages? read, \d+ pages\/s/,
      );
      expect(await page.locator("#scan-end pre").innerText()).toContain(
        "unaudited statistic moved: 3/4 (75.0%) -> 4/4 (100.0%)",
      );
      await waitUntil(
        page,
        `document.querySelector("#scan-figure").innerText.includes("4 of 4 plans (100.0%) (was 3 of 4 plans")`,
      );
      await shot(page, "2-scanned");
    });

    it("audits five mentions by keyboard with reasons, and undoes the last", async () => {
      const { codes } = await api<{
        codes: { id: string; key: number; countsAs: string }[];
      }>("/api/codes");
      const accept = codes.find((c) => c.countsAs === "accepted");
      const reject = codes.find((c) => c.countsAs === "rejected");
      if (accept === undefined || reject === undefined)
        throw new Error("the codebook has no reasons");
      await page.evaluate(`location.hash = "#/audit"`);
      await page.waitForSelector("body[data-loaded]");
      const rows = page.locator("#list tbody tr");
      await rows.nth(0).click();
      const judged: [string, string, string][] = [];
      for (let i = 0; i < 5; i++) {
        const id = (await rows.nth(i).getAttribute("data-id")) ?? "";
        await page.waitForSelector(`body[data-ready="${id}"]`);
        const code = i % 2 === 0 ? accept : reject;
        await page.keyboard.press(String(code.key));
        await page.waitForSelector(
          `body[data-judged="${id}:${code.countsAs}"]`,
        );
        judged.push([id, code.countsAs, code.id]);
      }
      const [lastId] = judged[4] ?? [""];
      await page.keyboard.press("u");
      await page.waitForSelector(`body[data-judged="${lastId}:pending"]`);
      await shot(page, "3-audited");
      const { rows: listed } = await api<{
        rows: { id: string; verdict: string; code: string | null }[];
      }>("/api/mentions?offset=0");
      const byId = new Map(listed.map((r) => [r.id, r]));
      expect(
        judged.map(([id]) => [byId.get(id)?.verdict, byId.get(id)?.code]),
      ).toEqual([
        ...judged.slice(0, 4).map(([, verdict, code]) => [verdict, code]),
        ["pending", null],
      ]);
    });

    it("says a failed save failed, keeps the verdict, and stores it on Try again", async () => {
      const id = await page.evaluate<string>(`document.body.dataset.ready`);
      await page.route("**/api/verdicts", (route) => route.abort());
      await page.keyboard.press("a");
      await page.waitForSelector("#retry");
      expect(await page.locator("#problem").innerText()).toContain(
        "not saved: the accept is kept",
      );
      await page.unroute("**/api/verdicts");
      await page.click("#retry");
      await page.waitForSelector(`body[data-judged="${id}:accepted"]`);
      expect(await page.locator("#problem").count()).toBe(0);
      // Back to pending, for the steps after.
      await page.keyboard.press("u");
      await page.waitForSelector(`body[data-judged="${id}:pending"]`);
    });

    it("lists the open mentions most decisive first, says what each plan still needs, and opens the page in the viewer", async () => {
      expect(await page.locator("#tallies summary").innerText()).toMatch(
        /plans? still to decide|No plan's outcome hangs/,
      );
      await page.selectOption("#f-order", "decisive");
      await page.waitForSelector('body[data-listed*="order=decisive"]');
      const verdicts = await page
        .locator("#list tbody tr td:nth-child(5)")
        .allInnerTexts();
      expect(verdicts.length).toBeGreaterThan(0);
      expect(new Set(verdicts)).toEqual(new Set(["pending"]));
      const first =
        (await page.locator("#list tbody tr").nth(0).getAttribute("data-id")) ??
        "";
      await page.locator("#list tbody tr").nth(0).click();
      await page.waitForSelector(`body[data-ready="${first}"]`);
      expect(
        await page.locator("#open-in-viewer").getAttribute("href"),
      ).toMatch(/^#\/documents\/.+\/pages\/\d+\?hit=\d+-\d+$/);
      await shot(page, "3b-decisive");
    });

    it("writes a note in place, with no browser prompt", async () => {
      const id = await page.evaluate<string>(`document.body.dataset.ready`);
      await page.keyboard.press("n");
      await page.waitForSelector("#note-input");
      // The app puts the focus in the note; typing before it has would send the letters to the audit's keys.
      await waitUntil(page, `document.activeElement?.id === "note-input"`);
      await page.keyboard.type("seen in the summary too");
      await page.keyboard.press("Enter");
      await waitUntil(
        page,
        `document.querySelector("#where").innerText.includes("note: seen in the summary too")`,
      );
      const { rows } = await api<{
        rows: { id: string; note: string | null }[];
      }>("/api/mentions?offset=0");
      expect(rows.find((r) => r.id === id)?.note).toBe(
        "seen in the summary too",
      );
    });

    it("pages beside the passage by buttons and by keys: next page, zoom, fit width, whole page, and back to the passage", async () => {
      const { rows: listed } = await api<{
        rows: { id: string; page: number }[];
      }>("/api/mentions?offset=0");
      const pageOf = new Map(listed.map((r) => [r.id, r.page]));
      // In the list's own order, which holds a mention with pages after its own.
      await page.selectOption("#f-order", "");
      await page.waitForSelector('body[data-listed="offset=0"]');
      const rows = page.locator("#list tbody tr");
      const pageShown = (n: number) =>
        waitUntil(
          page,
          `document.querySelector("#page-of")?.innerText.startsWith("page ${n} of")`,
        );
      // The first mention whose page has one after it.
      let id = "";
      let at = 0;
      for (let i = 0; i < (await rows.count()); i++) {
        id = (await rows.nth(i).getAttribute("data-id")) ?? "";
        at = pageOf.get(id) ?? 0;
        await rows.nth(i).click();
        await page.waitForSelector(`body[data-ready="${id}"]`);
        await pageShown(at);
        if (!(await page.locator("#page-next").isDisabled())) break;
      }
      expect(await page.locator("#to-passage").count()).toBe(0);
      const canvasWidth = () =>
        page.evaluate<number>(`document.getElementById("canvas").width`);
      const fitted = await canvasWidth();

      await page.click("#page-next");
      await pageShown(at + 1);
      await waitUntil(
        page,
        `document.body.dataset.drawn?.endsWith("#${at + 1}") === true`,
      );
      await page.click("#zoom-in");
      expect(await page.locator("#zoom").innerText()).toBe("125%");
      await waitUntil(
        page,
        `document.getElementById("canvas").width > ${fitted + 10}`,
      );
      await shot(page, "3c-next-page-zoomed");

      await page.click("#fit-width");
      expect(await page.locator("#zoom").innerText()).toBe("100%");
      await waitUntil(
        page,
        `Math.abs(document.getElementById("canvas").width - ${fitted}) <= 1`,
      );
      await page.evaluate(`delete document.body.dataset.ready`);
      await page.click("#to-passage");
      await page.waitForSelector(`body[data-ready="${id}"]`);
      await pageShown(at);
      expect(await page.locator("#to-passage").count()).toBe(0);
      expect(await page.locator(".pagebox .hl").count()).toBeGreaterThan(0);

      // The same by keyboard, with the page tools' keys (none of them an audit key).
      await page.keyboard.press("]");
      await pageShown(at + 1);
      expect(await page.locator("#to-passage").count()).toBe(1);
      await page.keyboard.press("+");
      expect(await page.locator("#zoom").innerText()).toBe("125%");
      await page.keyboard.press("p");
      expect(await page.locator("#zoom").innerText()).toBe("whole page");
      await page.keyboard.press("w");
      expect(await page.locator("#zoom").innerText()).toBe("100%");
      await page.keyboard.press("[");
      await pageShown(at);
      expect(await page.locator("#to-passage").count()).toBe(0);
    });

    it("adds a term after seeing its preview, and the re-match counts its mentions", async () => {
      await open("#/lexicon");
      await page.click("#term-new");
      await page.fill("#term-phrase", "local jobs");
      await page.fill("#term-concept", "related");
      expect(await page.locator("#term-save").isDisabled()).toBe(true);
      await page.click("#term-preview-button");
      await page.waitForSelector("#term-preview");
      const previewed = Number(
        await page.locator("#term-preview strong").innerText(),
      );
      expect(previewed).toBeGreaterThan(0);
      await shot(page, "4-preview");
      await page.click("#term-save");
      await page.waitForSelector("#scan-end[data-how=finished]", {
        timeout: 60_000,
      });
      await waitUntil(
        page,
        `[...document.querySelectorAll("#lexicon-terms td")].some((td) => td.innerText === "local-jobs")`,
      );
      const { terms } = await api<{
        terms: { id: string; mentions: number }[];
      }>("/api/lexicon");
      expect(terms.find((t) => t.id === "local-jobs")?.mentions).toBe(
        previewed,
      );
      await shot(page, "5-term-added");
    });

    it("removes a term only once it has seen what would be lost", async () => {
      type Lexicon = { terms: { id: string; mentions: number }[] };
      const before = await api<Lexicon>("/api/lexicon");
      // A headline term: its mentions by plan, and the plans the statistic would lose; kept.
      await page.click('button[aria-label="remove social-value"]');
      await page.waitForSelector("#term-removal-statistic");
      expect(await page.locator("#term-removal-lost").innerText()).toMatch(
        /^Removing social-value \(“social value”\) loses its \d+ mentions: [a-z-]+ \d+/,
      );
      expect(await page.locator("#term-removal-statistic").innerText()).toMatch(
        /^The statistic would move: .*birch-coast/,
      );
      await shot(page, "5b-removal-checked");
      await page.click("#term-remove-cancel");
      expect(await page.locator("#term-removal").count()).toBe(0);
      expect(await api<Lexicon>("/api/lexicon")).toEqual(before);
      // A related term: the statistic would not move; removed once confirmed, and re-matched.
      const jobs = before.terms.find((t) => t.id === "local-jobs");
      await page.click('button[aria-label="remove local-jobs"]');
      await page.waitForSelector("#term-removal-statistic");
      expect(await page.locator("#term-removal-lost").innerText()).toContain(
        `loses its ${jobs?.mentions} mentions`,
      );
      expect(await page.locator("#term-removal-statistic").innerText()).toBe(
        "The statistic would not move: every plan that mentions social value still would.",
      );
      await page.click("#term-remove-confirm");
      await page.waitForSelector("#scan-end[data-how=finished]", {
        timeout: 60_000,
      });
      await waitUntil(
        page,
        `![...document.querySelectorAll("#lexicon-terms td")].some((td) => td.innerText === "local-jobs")`,
      );
      const after = await api<Lexicon>("/api/lexicon");
      expect(after.terms.map((t) => t.id)).toEqual(
        before.terms.map((t) => t.id).filter((id) => id !== "local-jobs"),
      );
    });

    it("declares an unreadable page read with a note", async () => {
      await open("#/corpus");
      const row = page.locator("#corpus-documents tr", {
        hasText: "plans/fenwick-moor/fenwick-moor-stp.pdf",
      });
      const pages = row.locator("input[id^=declare-pages]");
      expect(await pages.inputValue()).not.toBe("");
      await row
        .locator("input[id^=declare-note]")
        .fill("a map and a photograph, nothing to read");
      await row.locator("button[id^=declare-]").click();
      await waitUntil(
        page,
        `document.querySelector("[id^=declare-said]")?.innerText.startsWith("Declared read")`,
      );
      const stats = await api<{ pagesDeclaredRead: number }>("/api/statistic");
      expect(stats.pagesDeclaredRead).toBeGreaterThan(0);
      await shot(page, "6-declared");
    });
  },
);
