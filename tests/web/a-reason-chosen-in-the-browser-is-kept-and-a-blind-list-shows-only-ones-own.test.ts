import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";
import { startServer } from "../serve/serve-command.js";

/** The double-coding controls, pictured (output/ is not kept in git): look at it after a change to them. */
const SCREENSHOT = join(
  PROJECT_ROOT,
  "output",
  "web-double-coding-1366x768.png",
);

type LoggedVerdict = {
  mentionId: string;
  verdict: string;
  auditor: string;
  code: string | null;
  blind: boolean;
};

/** The verdict cell (verdict, then the reason) of the row of `id`. */
const verdictCell = (page: Page, id: string) =>
  page.locator(`#list tbody tr[data-id="${id}"] td`).nth(4).innerText();

describeUnlessMissing(
  missingChromium(),
  "double coding in the browser app (web/), headless Chromium",
  () => {
    const db = join(tempDir(), "stp.sqlite");
    let ids: string[] = [];
    let browser: Browser;
    let server: { child: ChildProcess; url: string };
    beforeAll(async () => {
      const corpus = tempDir();
      writeDemoCorpus(corpus);
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      ids = (
        JSON.parse(
          runCli(["mentions", "--db", db, "--format", "json"]).stdout,
        ) as { mention_id: string }[]
      ).map((m) => m.mention_id);
      // ann judged every mention first, with a reason and a note; bob codes blind, in the browser.
      const ann = ["--auditor", "ann", "--db", db];
      expect(
        runCli([
          "audit",
          "accept",
          ...ids,
          "--code",
          "commitment",
          "--note",
          "ann was here",
          ...ann,
        ]).status,
      ).toBe(0);
      expect(
        runCli(["audit", "blind", "on", "--auditor", "bob", "--db", db]).status,
      ).toBe(0);
      server = await startServer(db, "bob");
      browser = await launchChromium();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      server?.child.kill();
    });

    it("blind, the list shows none of ann's verdicts or notes; a reason chosen goes with the verdict and stays after a reload", async () => {
      const page = await browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await page.goto(`${server.url}#/audit`);
      await page.waitForSelector("body[data-loaded]");
      expect(await page.locator("#blind").innerText()).toMatch(/blind/i);
      const rows = page.locator("#list tbody tr");
      expect(await rows.count()).toBe(ids.length);
      const cells = await page
        .locator("#list tbody tr td:nth-child(5)")
        .allInnerTexts();
      expect(new Set(cells)).toEqual(new Set(["pending"]));
      expect(await page.locator("body").innerText()).not.toContain(
        "ann was here",
      );

      // A reason that counts as the other verdict is refused, said, and stores nothing.
      const first = (await rows.nth(0).getAttribute("data-id")) ?? "";
      await rows.nth(0).click();
      await page.waitForSelector(`body[data-ready="${first}"]`);
      await page.selectOption("#code", "commitment");
      await page.keyboard.press("r");
      await page.waitForSelector("#problem");
      expect(await page.locator("#problem").innerText()).toContain(
        "counts as accepted, not rejected",
      );

      // Chosen from the codebook and sent with Reject (its key), the reason is shown in the list.
      await page.selectOption("#code", "ethics");
      await page.keyboard.press("r");
      await page.waitForSelector(`body[data-judged="${first}:rejected"]`);
      expect(await verdictCell(page, first)).toBe("rejected\nethics");
      expect(await page.locator("#problem").count()).toBe(0);
      expect(await page.locator("#code").inputValue()).toBe("");

      // A reason's digit judges at once with the verdict the codebook gives it: 1 is commitment (accept).
      const second = (await rows.nth(1).getAttribute("data-id")) ?? "";
      await page.waitForSelector(`body[data-ready="${second}"]`);
      await page.keyboard.press("1");
      await page.waitForSelector(`body[data-judged="${second}:accepted"]`);
      expect(await verdictCell(page, second)).toBe("accepted\ncommitment");

      await page.reload();
      await page.waitForSelector("body[data-loaded]");
      expect(await verdictCell(page, first)).toBe("rejected\nethics");
      expect(await verdictCell(page, second)).toBe("accepted\ncommitment");
      expect(await page.locator("#blind").count()).toBe(1);
      const after = await page
        .locator("#list tbody tr td:nth-child(5)")
        .allInnerTexts();
      expect(after.filter((t) => t === "pending")).toHaveLength(ids.length - 2);
      await page.locator(`#list tbody tr[data-id="${first}"]`).click();
      await page.waitForSelector(`body[data-ready="${first}"]`);
      expect(await page.locator("#where").innerText()).toContain(
        "rejected (ethics)",
      );
      mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      // Stored as bob's own, blind, with their reasons; ann's verdicts stay as they were.
      const log = JSON.parse(
        runCli(["audit", "log", "--db", db, "--json"]).stdout,
      ) as LoggedVerdict[];
      expect(
        log
          .filter((v) => v.auditor === "bob")
          .map((v) => [v.mentionId, v.verdict, v.code, v.blind]),
      ).toEqual([
        [first, "rejected", "ethics", true],
        [second, "accepted", "commitment", true],
      ]);
      expect(log.filter((v) => v.auditor === "ann")).toHaveLength(ids.length);
      expect(errors).toEqual([]);
    }, 90_000);
  },
);
