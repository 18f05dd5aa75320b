import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";
import { startServer } from "./serve-command.js";

/** Scans `corpus`, serves its database and opens Chromium, for the tests of one describe block. */
function servedInChromium(corpus: string) {
  const served = { db: join(tempDir(), "stp.sqlite") } as {
    db: string;
    browser: Browser;
    server: { child: ChildProcess; url: string };
  };
  beforeAll(async () => {
    runCli(["scan", "--corpus", corpus, "--db", served.db]);
    served.server = await startServer(served.db);
    served.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await served.browser?.close();
    served.server?.child.kill();
  });
  return served;
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

describeUnlessMissing(
  missingChromium(),
  "stp-scan serve in headless Chromium",
  () => {
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    const served = servedInChromium(corpus);
    const db = served.db;
    it("highlights the selected mention on its rendered page and takes a verdict from the keyboard", async () => {
      const page = await served.browser.newPage({
        viewport: { width: 1400, height: 1000 },
      });
      const outside: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(served.server.url.replace(/\/\?token=.*/, "")))
          outside.push(r.url());
      });
      await page.goto(`${served.server.url}#/audit`);
      await page.waitForSelector("body[data-loaded]");
      expect(await page.locator("#list tbody tr").count()).toBe(10);
      // The Elm Bridge mention: "SOCIAL VALUE" on page 1.
      const row = page.locator("#list tbody tr", { hasText: /SOCIAL VALUE/ });
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

/**
 * Two plans: alpha's summary is listed before its plan document, whose mentions are on pages 5, 11 and 13 (p11 near
 * the word "lighthouse"); beta ("Beta Coast and Vale") has a mention on each of 30 pages, more than the list shows.
 */
function writeListCorpus(): {
  root: string;
  alphaPages: number[];
  betaPages: number;
} {
  const alphaPages = [5, 11, 13];
  const betaPages = 30;
  const root = writeCorpus([
    {
      plan: "alpha",
      path: "plans/alpha/summary.pdf",
      bytes: makePdf([textPage("The summary adds social value.")]),
    },
    {
      plan: "alpha",
      path: "plans/alpha/plan.pdf",
      bytes: makePdf(
        Array.from({ length: 13 }, (_, i) =>
          textPage(
            !alphaPages.includes(i + 1)
              ? "Nothing to count here."
              : i + 1 === 11
                ? "The lighthouse project adds social value."
                : "We will add social value.",
          ),
        ),
      ),
    },
    {
      plan: "beta",
      path: "plans/beta/plan.pdf",
      bytes: makePdf(
        Array.from({ length: betaPages }, () =>
          textPage("Partners add social value."),
        ),
      ),
    },
  ]);
  const manifest = join(root, "manifest.csv");
  writeFileSync(
    manifest,
    readFileSync(manifest, "utf8").replace(
      /^beta,beta,/gm,
      "beta,Beta Coast and Vale,",
    ),
  );
  return { root, alphaPages, betaPages };
}

describeUnlessMissing(
  missingChromium(),
  "stp-scan serve: the list of mentions in headless Chromium",
  () => {
    const corpus = writeListCorpus();
    const served = servedInChromium(corpus.root);
    const db = served.db;
    /** Each listed row's plan, document file and page, as the list shows them. */
    const listed = (page: Page) =>
      page.locator("#list tbody tr td:first-child").allInnerTexts();

    it("runs by plan, document, then page as a number; a text filter finds a plan by name or words of the passage (fixed #13)", async () => {
      const page = await served.browser.newPage({
        viewport: { width: 1400, height: 900 },
      });
      await page.goto(`${served.server.url}#/audit`);
      await page.waitForSelector("body[data-loaded]");
      expect(await listed(page)).toEqual([
        ...corpus.alphaPages.map((p) => `alpha\nplan.pdf p${p}`),
        "alpha\nsummary.pdf p1",
        ...Array.from(
          { length: corpus.betaPages },
          (_, i) => `beta\nplan.pdf p${i + 1}`,
        ),
      ]);
      await page.fill("#f-text", "coast VALE");
      await page.waitForSelector('body[data-listed="offset=0&q=coast+VALE"]');
      expect(await listed(page)).toHaveLength(corpus.betaPages);
      expect(new Set(await listed(page)).size).toBe(corpus.betaPages);
      expect((await listed(page)).every((t) => t.startsWith("beta"))).toBe(
        true,
      );
      await page.fill("#f-text", "lighthouse");
      await page.waitForSelector('body[data-listed="offset=0&q=lighthouse"]');
      expect(await listed(page)).toEqual(["alpha\nplan.pdf p11"]);
      // Typing in the filter gives no verdict ("a" is the accept key elsewhere).
      expect(runCli(["audit", "log", "--db", db, "--json"]).stdout).toBe(
        "[]\n",
      );
    }, 60_000);

    it("keeps the selected mention in view as verdicts move the selection down the list (fixed #13)", async () => {
      const page = await served.browser.newPage({
        viewport: { width: 1400, height: 500 },
      });
      await page.goto(`${served.server.url}#/audit`);
      await page.waitForSelector("body[data-loaded]");
      const rows = page.locator("#list tbody tr");
      const first = rows.nth(0);
      await first.click();
      await page.waitForSelector(
        `body[data-ready="${await first.getAttribute("data-id")}"]`,
      );
      const count = await rows.count();
      expect(count).toBeGreaterThan(20);
      const outOfView: number[] = [];
      for (let i = 0; i < count - 1; i++) {
        const id = await rows.nth(i).getAttribute("data-id");
        await page.keyboard.press("a");
        await page.waitForSelector(`body[data-judged="${id}:accepted"]`);
        await page.waitForSelector(
          `body[data-ready="${await rows.nth(i + 1).getAttribute("data-id")}"]`,
        );
        const inView = await page.evaluate<boolean>(`(() => {
          const side = document.getElementById("side").getBoundingClientRect();
          const row = document.querySelector("#list tbody tr.sel").getBoundingClientRect();
          // Within a pixel: scroll offsets are whole pixels, row heights are not.
          return row.top >= side.top - 1 && row.bottom <= side.bottom + 1;
        })()`);
        if (!inView) outOfView.push(i + 1);
      }
      expect(outOfView).toEqual([]);
    }, 120_000);
  },
);
