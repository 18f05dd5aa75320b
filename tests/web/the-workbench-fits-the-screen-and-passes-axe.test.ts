import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { missingChromium } from "../chromium.js";
import { describeUnlessMissing, PROJECT_ROOT } from "../helpers.js";
import { LAYOUT_PROBLEMS } from "./layout-problems.js";
import { watchRequests, workbenchInChromium } from "./workbench-in-chromium.js";

/** Each view, by a name for its screenshot and its address (and a button to press once it is shown). */
const VIEWS: readonly (readonly [string, string, string?])[] = [
  ["overview", "#/overview"],
  ["plans", "#/plans"],
  ["plan", "#/plans/alder-vale"],
  ["search", "#/search?q=social+valu*"],
  ["collocates", "#/search?q=social+valu*&tab=collocates"],
  ["words", "#/search?q=social+valu*&tab=words"],
  ["clusters", "#/search?q=social+valu*&tab=clusters"],
  [
    "document",
    `#/documents/${encodeURIComponent("plans/alder-vale/alder-vale-stp.pdf")}/pages/2?hit=147-161`,
  ],
  [
    "document-code-hit",
    `#/documents/${encodeURIComponent("plans/alder-vale/alder-vale-stp.pdf")}/pages/2?hit=147-161`,
    "#code-hit",
  ],
  ["audit", "#/audit"],
  ["corpus", "#/corpus"],
  ["scan", "#/scan"],
  ["lexicon", "#/lexicon"],
  ["exports", "#/exports"],
  ["candidates", "#/candidates"],
  ["elusion", "#/elusion"],
];

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

/** axe-core's rules, run in the page: the serious and critical violations, one line each. */
const AXE_SERIOUS = `axe.run(document, { resultTypes: ["violations"] }).then((r) =>
  r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => v.id + ": " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")))`;

const AXE = join(PROJECT_ROOT, "node_modules", "axe-core", "axe.min.js");

describeUnlessMissing(
  missingChromium(),
  "the workbench's views at 1366x768 and 1920x1080 (headless Chromium)",
  () => {
    const wb = workbenchInChromium();

    it.each(SIZES)(
      "at %ix%i no view has an element over a sibling or cut at the side, axe finds nothing serious, and no request leaves the server",
      async (width, height) => {
        mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
        // axe is put in the page as a script of the test's own, which the app's Content-Security-Policy refuses.
        const context = await wb.browser.newContext({
          viewport: { width, height },
          bypassCSP: true,
        });
        const page = await context.newPage();
        const requests = watchRequests(page, wb.base, wb.token);
        const found: Record<string, string[]> = {};
        for (const [name, hash, press] of VIEWS) {
          await wb.open(page, hash);
          if (name.startsWith("document"))
            await page.waitForSelector("body[data-drawn]");
          if (press !== undefined) {
            await page.click(press);
            await page.waitForSelector("#code-panel select option", {
              state: "attached",
            });
          }
          await page.screenshot({
            path: join(
              PROJECT_ROOT,
              "output",
              `workbench-${name}-${width}x${height}.png`,
            ),
          });
          const layout = await page.evaluate<string[]>(LAYOUT_PROBLEMS);
          await page.addScriptTag({ path: AXE });
          const axe = await page.evaluate<string[]>(AXE_SERIOUS);
          if (layout.length + axe.length > 0) found[name] = [...layout, ...axe];
        }
        expect(found).toEqual({});
        expect(requests).toEqual({ elsewhere: [], withToken: [] });
        await context.close();
      },
      180_000,
    );
  },
);
