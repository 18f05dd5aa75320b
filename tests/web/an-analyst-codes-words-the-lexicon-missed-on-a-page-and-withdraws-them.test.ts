import { join } from "node:path";
import type { Page } from "playwright-core";
import { missingChromium } from "../chromium.js";
import { describeUnlessMissing, PROJECT_ROOT } from "../helpers.js";
import {
  waitUntil,
  watchRequests,
  workbenchInChromium,
} from "./workbench-in-chromium.js";

// Spec v2.1 point 4 in the page viewer: words of a page the lexicon missed, selected (or typed), coded with a
// concept, a reason and a note; highlighted in their own colour, listed with who coded them, and withdrawn.

const BIRCH = "plans/birch-coast/birch-coast-stp.pdf";
const PAGE_2 = `#/documents/${encodeURIComponent(BIRCH)}/pages/2`;
const WORDS = "show social, economic and environmental value";

/** Selects `words` in the page's text as a reader's mouse would, then lets go of the button. */
const selectWords = (words: string) => `(() => {
  const pre = document.querySelector("#page-text");
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n);
  const text = nodes.map((n) => n.data).join("");
  // Partway into the first word and the last: the selection is widened to whole words.
  const start = text.indexOf(${JSON.stringify(words)}) + 2;
  const end = text.indexOf(${JSON.stringify(words)}) + ${words.length} - 1;
  const at = (offset) => {
    for (const n of nodes) {
      if (offset <= n.data.length) return [n, offset];
      offset -= n.data.length;
    }
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  pre.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
})()`;

const codedItems = (page: Page) =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll("#page-mentions li.coded")].map((li) => li.textContent.replace(/\\s+/g, " ").trim())`,
  );

describeUnlessMissing(
  missingChromium(),
  "an analyst codes words of a page the lexicon missed (headless Chromium)",
  () => {
    const wb = workbenchInChromium();

    it("selects words on a page of a plan with no mention, codes them with concept, reason and note, sees them highlighted and listed after a reload, and withdraws them", async () => {
      const page = await wb.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      const requests = watchRequests(page, wb.base, wb.token);
      const before = await wb.api<{ broad: { numerator: number } }>(
        "/api/statistic",
      );
      await wb.open(page, PAGE_2);
      await page.waitForSelector("body[data-drawn]");
      expect(await page.locator("#page-mentions li").count()).toBe(0);

      await page.evaluate(selectWords(WORDS));
      await page.waitForSelector("#code-panel");
      expect(await page.locator("#code-panel h2").textContent()).toBe(
        "Code these words",
      );
      // Selected partway into its first and last words: marked as selected, and coded whole.
      const cut = "ow social, economic and environmental valu";
      expect(await page.locator("#code-words").textContent()).toBe(cut);
      expect(await page.locator("#page-text mark.mark-hit").textContent()).toBe(
        cut,
      );
      expect(await page.locator("#code-panel .code-words").textContent()).toBe(
        `${cut} (a word cut by the selection is coded whole)`,
      );
      // And on the page's picture, where the words are drawn.
      await page.waitForSelector(".pagebox .hl-hit");
      await waitUntil(
        page,
        `document.querySelector("#code-concept").value === "social-value"`,
      );
      await page.selectOption("#code-reason", "commitment");
      await page.fill("#code-note", "weighs social and environmental value");
      await page.screenshot({
        path: join(
          PROJECT_ROOT,
          "output",
          "workbench-document-code-panel-1366x768.png",
        ),
      });

      await page.click("#code-submit");
      await page.waitForSelector("#page-mentions li.coded");
      expect(await codedItems(page)).toEqual([
        `${WORDS} coded by web-tester: weighs social and environmental value (commitment) · social-value Withdraw`,
      ]);
      expect(await page.locator("mark.mark-coded").textContent()).toBe(WORDS);
      await page.waitForSelector(".hl-coded");
      expect(await page.locator("#broad-line").textContent()).toMatch(
        new RegExp(
          `^broad: ${before.broad.numerator + 1} of \\d+ fully read plans .*beyond the headline figure: birch-coast$`,
        ),
      );
      await page.screenshot({
        path: join(
          PROJECT_ROOT,
          "output",
          "workbench-document-coded-1366x768.png",
        ),
      });

      await page.reload();
      await page.waitForSelector("#page-mentions li.coded");
      expect(await codedItems(page)).toHaveLength(1);
      expect(await page.locator("mark.mark-coded").textContent()).toBe(WORDS);

      await page.click("#page-mentions li.coded button.withdraw");
      await waitUntil(
        page,
        `document.querySelectorAll("#page-mentions li.coded").length === 0`,
      );
      expect(await page.locator("#broad-line").textContent()).toMatch(
        new RegExp(`^broad: ${before.broad.numerator} of `),
      );
      const after = await wb.api<{ broad: { numerator: number } }>(
        "/api/statistic",
      );
      expect(after.broad.numerator).toBe(before.broad.numerator);
      expect(requests).toEqual({ elsewhere: [], withToken: [] });
      await page.close();
    }, 90_000);

    it("a keyboard user opens the panel with a button, types the words and which occurrence, and a refusal shows as one line", async () => {
      const page = await wb.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      await wb.open(page, PAGE_2);
      await page.focus("#code-open");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#code-text");
      // The panel puts the focus in its words field (typing before that would go elsewhere).
      await waitUntil(page, `document.activeElement?.id === "code-text"`);
      await page.keyboard.type("programme must");
      await page.fill("#code-occurrence", "2");
      await page.fill("#code-note", "commits every programme");
      await page.click("#code-submit");
      await page.waitForSelector("#code-panel .problem");
      expect(await page.locator("#code-panel .problem").textContent()).toBe(
        `${BIRCH}: page 2: "programme must" stands once on this page, so there is no occurrence 2`,
      );
      await page.fill("#code-occurrence", "1");
      await page.click("#code-submit");
      await page.waitForSelector("#page-mentions li.coded");
      expect(await page.locator("mark.mark-coded").textContent()).toBe(
        "programme must",
      );
      await page.click("#page-mentions li.coded button.withdraw");
      await waitUntil(
        page,
        `document.querySelectorAll("#page-mentions li.coded").length === 0`,
      );
      await page.close();
    }, 90_000);
  },
);
