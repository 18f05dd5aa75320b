import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { missingChromium } from "../chromium.js";
import { runCli } from "../cli/run-cli.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import { workbenchInChromium } from "./workbench-in-chromium.js";

type Row = {
  id: string;
  group: string[];
  verdict: string;
  code: string | null;
};

describeUnlessMissing(
  missingChromium(),
  "undo after a group verdict in the browser puts every passage of the group back as it stood",
  () => {
    const wb = workbenchInChromium();
    const cli = (...args: string[]) => {
      const r = runCli([...args, "--db", wb.db]);
      if (r.status !== 0) throw new Error(`${args[0]}: ${r.stderr}`);
    };
    const rows = async () =>
      (await wb.api<{ rows: Row[] }>("/api/mentions?plan=dunmoor")).rows;

    it("rejects one passage with a reason, accepts the group, undoes: the one is rejected again, the other open", async () => {
      // A summary that says the same on both its pages: two passages that read the same, one group. The database
      // remembers its corpus, so add and scan need no --corpus; the app reads the database again when it changes.
      const same =
        "Partners will deliver social value through every contract they let.";
      const pdf = join(tempDir(), "dunmoor-summary.pdf");
      writeFileSync(pdf, makePdf([textPage(same), textPage(same)]));
      cli("add", pdf, "--plan", "dunmoor", "--type", "summary");
      cli("scan");
      const group = (await rows()).find((r) => r.group.length > 1)?.group ?? [];
      expect(group).toHaveLength(2);
      const [first = "", second = ""] = group;
      cli(
        "audit",
        "reject",
        first,
        "--code",
        "ethics",
        "--auditor",
        "web-tester",
      );

      const page = await wb.browser.newPage({
        viewport: { width: 1366, height: 768 },
      });
      await wb.open(page, "#/audit");
      await page.selectOption("#f-plan", "dunmoor");
      await page.waitForSelector(`#list tbody tr[data-id="${second}"]`);
      await page.click(`#list tbody tr[data-id="${second}"]`);
      await page.waitForSelector(`body[data-ready="${second}"]`);
      await page.keyboard.press("g");
      await page.keyboard.press("a");
      await page.waitForSelector(`body[data-judged="${second}:accepted"]`);
      const accepted = new Map((await rows()).map((r) => [r.id, r.verdict]));
      expect(group.map((id) => accepted.get(id))).toEqual([
        "accepted",
        "accepted",
      ]);

      await page.keyboard.press("u");
      await page.waitForSelector(`body[data-judged="${second}:pending"]`);
      const undone = new Map((await rows()).map((r) => [r.id, r]));
      expect(
        group.map((id) => [undone.get(id)?.verdict, undone.get(id)?.code]),
      ).toEqual([
        ["rejected", "ethics"],
        ["pending", null],
      ]);
      await page.close();
    });
  },
);
