// The workbench served from the demo corpus's database and opened in headless Chromium, for the tests of its
// views: one describe block's server and browser, and how a test opens a view and waits for its data.
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { startServer } from "../serve/serve-command.js";

export type Workbench = {
  /** The scanned demo corpus's database. */
  db: string;
  browser: Browser;
  server: { child: ChildProcess; url: string };
  /** The server's origin (`http://127.0.0.1:N`). */
  base: string;
  /** The run's token, as `serve` printed it in its address. */
  token: string;
  /** GET an API path with the run's token, as JSON. */
  api: <T>(path: string) => Promise<T>;
  /** Opens `hash` (`#/search?q=…`) in `page` and waits until the view marks its data shown. */
  open: (page: Page, hash: string) => Promise<void>;
};

/** Scans the demo corpus, serves its database and opens Chromium for the tests of one describe block. */
export function workbenchInChromium(): Workbench {
  const wb = {} as Workbench;
  beforeAll(async () => {
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    wb.db = join(tempDir(), "stp.sqlite");
    expect(runCli(["scan", "--corpus", corpus, "--db", wb.db]).status).toBe(0);
    wb.server = await startServer(wb.db);
    wb.browser = await launchChromium();
    wb.base = new URL(wb.server.url).origin;
    const token = new URL(wb.server.url).searchParams.get("token") ?? "";
    wb.token = token;
    wb.api = async <T>(path: string) => {
      const r = await fetch(`${wb.base}${path}`, {
        headers: { "x-stp-token": token },
      });
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    };
    wb.open = async (page, hash) => {
      // The first visit carries the token; the tab keeps it in sessionStorage for the next addresses.
      const first = !page.url().startsWith(wb.base);
      await page.goto(first ? `${wb.server.url}${hash}` : `${wb.base}/${hash}`);
      await waitShown(page, hash);
    };
  }, 90_000);
  afterAll(async () => {
    await wb.browser?.close();
    wb.server?.child.kill();
  });
  return wb;
}

/**
 * Every request `page` (and the tabs it opens) sends that leaves the server at `base`, or that carries the run's
 * token in its address (only the address `serve` printed may): the workbench works offline and keeps the token
 * out of addresses. data: and blob: URLs are made inside the page.
 */
export function watchRequests(
  page: Page,
  base: string,
  token: string,
): { elsewhere: string[]; withToken: string[] } {
  const seen = { elsewhere: [] as string[], withToken: [] as string[] };
  const printed = `${base}/?token=${token}`;
  const watch = (p: Page) =>
    p.on("request", (r) => {
      const url = new URL(r.url());
      if (/^(https?|wss?|ftp):$/.test(url.protocol) && url.origin !== base)
        seen.elsewhere.push(r.url());
      if (r.url().includes(token) && !r.url().startsWith(printed))
        seen.withToken.push(r.url());
    });
  watch(page);
  page.on("popup", watch);
  return seen;
}

/**
 * Waits until `expression` (run in the page) is true. Polled from here: Playwright's waitForFunction evaluates a
 * string with eval, which the app's Content-Security-Policy refuses.
 */
export async function waitUntil(
  page: Page,
  expression: string,
  timeoutMs = 30_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${expression}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Waits until the view's address satisfies `test` (a regular expression's source) and its data is drawn. */
export const waitShownMatching = (page: Page, test: string): Promise<void> =>
  waitUntil(
    page,
    `document.body.dataset.shown === location.hash && new RegExp(${JSON.stringify(test)}).test(decodeURIComponent(location.hash))`,
  );

/** Waits until the view at `hash` has drawn its data (`body[data-shown]`, or the audit's first list). */
export async function waitShown(page: Page, hash: string): Promise<void> {
  if (hash.startsWith("#/audit")) {
    await page.waitForSelector("body[data-loaded]");
    return;
  }
  await waitUntil(
    page,
    `document.body.dataset.shown === ${JSON.stringify(hash)} && location.hash === ${JSON.stringify(hash)}`,
  );
}
