import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, PROJECT_ROOT, tempDir } from "../helpers.js";

/**
 * Writes the corpus, scans it, writes its report and opens Chromium, in beforeAll: only when the tests of the
 * describe block run, never while jest collects them.
 */
function reportInChromium(writeTheCorpus: () => string) {
  const opened = {} as { db: string; out: string; browser: Browser };
  beforeAll(async () => {
    const corpus = writeTheCorpus();
    opened.db = join(tempDir(), "stp.sqlite");
    opened.out = join(tempDir(), "report", "report.html");
    expect(runCli(["scan", "--corpus", corpus, "--db", opened.db]).status).toBe(
      0,
    );
    expect(
      runCli(["report", "--db", opened.db, "--out", opened.out]).status,
    ).toBe(0);
    opened.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => opened.browser?.close());
  return opened;
}

/** Four plans: mentions, markup in the text to be shown as text, no mention, and a file that is not a PDF. */
const writeReportCorpus = () =>
  writeCorpus([
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

describeUnlessMissing(
  missingChromium(),
  "the HTML report, opened from disk in headless Chromium",
  () => {
    const opened = reportInChromium(writeReportCorpus);

    it("shows the statistic, the plan rows and the passages of the database; runs no PDF text; loads nothing else", async () => {
      const { db, out, browser } = opened;
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

/** Plans with long ids in eight regions; two reported apart (one with mentions in a readable document). */
function writeChartCorpus(): string {
  const say = (text: string) => makePdf([textPage(text)]);
  const plans: [string, string, Uint8Array[]][] = [
    [
      "durham-darlington-tees-hambleton-richmondshire-and-whitby",
      "North East and Yorkshire",
      [say("We add social value and social value again.")],
    ],
    [
      "bath-and-north-east-somerset-swindon-and-wiltshire",
      "South West",
      [say("The Social Value Act applies.")],
    ],
    [
      "cumbria-and-north-east",
      "North East and Yorkshire",
      [say("A social enterprise helps.")],
    ],
    ["a", "London", [say("Social care only.")]],
    [
      "hertfordshire-and-west-essex",
      "East of England",
      [new Uint8Array(Buffer.from("not a pdf"))],
    ],
    [
      "north-central-london-with-a-very-long-identifier-indeed",
      "London",
      [say("Social value."), new Uint8Array(Buffer.from("<html>error</html>"))],
    ],
    ["kent-and-medway", "South East", [say("Social value matters.")]],
    [
      "birmingham-and-solihull",
      "Midlands and East",
      [say("Community benefit clauses.")],
    ],
    ["lancashire-and-south-cumbria", "North West", [say("Social value.")]],
    [
      "frimley-health",
      "Thames Valley and Surrey Heath",
      [say("Social value.")],
    ],
  ];
  const root = writeCorpus(
    plans.flatMap(([plan, , docs]) =>
      docs.map((bytes, i) => ({
        plan,
        path: `plans/${plan}/doc-${i + 1}.pdf`,
        bytes,
      })),
    ),
  );
  const manifest = join(root, "manifest.csv");
  let text = readFileSync(manifest, "utf8");
  for (const [plan, region] of plans)
    text = text.replaceAll(
      `${plan},${plan},Region,`,
      `${plan},${plan},${region},`,
    );
  writeFileSync(manifest, text);
  return root;
}

describeUnlessMissing(
  missingChromium(),
  "the report's chart in headless Chromium",
  () => {
    const opened = reportInChromium(writeChartCorpus);

    it.each([[1200], [700]])(
      "at %dpx every label lies inside the chart, clear of the bars; plans reported apart are hatched and say so (fixed #13)",
      async (width) => {
        const { db, out, browser } = opened;
        const page = await browser.newPage({
          viewport: { width, height: 900 },
        });
        await page.goto(`file://${out}`);
        const stat = JSON.parse(
          runCli(["stats", "--db", db, "--json"]).stdout,
        ) as {
          plans: { plan: string; mentions: boolean | null }[];
        };
        expect(stat.plans.filter((p) => p.mentions === null)).toHaveLength(2);
        // Runs in the page (a string, so this Node-typed file needs no DOM types).
        const chart = await page.evaluate<{
          outside: string[];
          plans: {
            plan: string;
            label: string;
            apart: boolean;
            fill: string | null;
            clear: boolean;
            top: number;
            bottom: number;
          }[];
        }>(`(() => {
          const svg = document.querySelector("#chart svg").getBoundingClientRect();
          const inside = (b) => b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5 && b.top >= svg.top - 0.5 && b.bottom <= svg.bottom + 0.5;
          const outside = [...document.querySelectorAll("#chart svg text")].filter((t) => !inside(t.getBoundingClientRect())).map((t) => t.textContent);
          const plans = [...document.querySelectorAll("#chart svg g.plan")].map((g) => {
            const label = g.querySelector("text.label");
            const box = label.getBoundingClientRect();
            const bars = Math.min(...[...g.querySelectorAll("rect")].map((r) => r.getBoundingClientRect().left));
            return { plan: g.dataset.plan, label: [...label.querySelectorAll("tspan")].map((t) => t.textContent).join(" "), apart: g.classList.contains("apart"),
              fill: g.querySelector("rect").getAttribute("fill"), clear: box.right <= bars + 0.5, top: box.top, bottom: box.bottom };
          });
          return { outside, plans };
        })()`);
        expect(chart.outside).toEqual([]);
        expect(chart.plans.map((p) => p.plan).sort()).toEqual(
          stat.plans.map((p) => p.plan).sort(),
        );
        for (const p of chart.plans) {
          const isApart =
            stat.plans.find((s) => s.plan === p.plan)?.mentions === null;
          expect([
            p.plan,
            p.clear,
            p.apart,
            /\bapart\b/.test(p.label),
            p.fill === "url(#chart-apart)",
          ]).toEqual([p.plan, true, isApart, isApart, isApart]);
          // The label holds the whole id, wrapped only at its hyphens or between letters.
          expect(
            p.label
              .replace(/- /g, "-")
              .replace(/ \(apart\)$/, "")
              .replace(/ /g, ""),
          ).toBe(p.plan);
        }
        const byTop = [...chart.plans].sort((a, b) => a.top - b.top);
        for (let i = 1; i < byTop.length; i++)
          expect(byTop[i]!.top).toBeGreaterThanOrEqual(
            byTop[i - 1]!.bottom - 0.5,
          );
        mkdirSync(join(PROJECT_ROOT, "output"), { recursive: true });
        await page.locator("#chart").screenshot({
          path: join(PROJECT_ROOT, "output", `report-chart-${width}.png`),
        });
      },
      60_000,
    );
  },
);
