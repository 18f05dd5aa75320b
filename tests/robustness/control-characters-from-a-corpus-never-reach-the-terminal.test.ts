import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

// OSC 52 writes the clipboard, OSC 0 the window title, CSI 2J clears the screen (ECMA-48); a bare C1 CSI too.
const OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07";
const OSC0 = "\x1b]0;owned\x07";
const CSI = "\x1b[2J";
const C1 = "\u009b2J";
const RAW = /[\u001b\u0080-\u009f]/;

describe("control characters from a corpus never reach the terminal", () => {
  const root = tempDir();
  const file = `plans/p1/plan${CSI}.pdf`;
  const bytes = makePdf([
    textPage(`Partners add social value${OSC0} here.`, `More ${C1} text.`),
  ]);
  mkdirSync(join(root, "plans/p1"), { recursive: true });
  writeFileSync(join(root, file), bytes);
  const sha = createHash("sha256").update(bytes).digest("hex");
  writeFileSync(
    join(root, "manifest.csv"),
    `plan_id,plan_name,region,document_role,path,bytes,sha256\np1,"Plan${OSC52}",North${OSC0},plan,${file},${bytes.length},${sha}\n`,
  );
  const db = join(tempDir(), "stp.sqlite");
  const scan = runCli(["scan", "--corpus", root, "--db", db, "--ocr", "off"]);

  it.each([
    ["scan", scan],
    ["mentions", runCli(["mentions", "--db", db])],
    ["search", runCli(["search", "social value", "--db", db])],
    ["corpus list", runCli(["corpus", "list", "--db", db, "--corpus", root])],
    ["terms", runCli(["terms", "--db", db])],
    ["stats", runCli(["stats", "--db", db])],
    [
      "audit",
      runCli(["audit", "--db", db, "--auditor", "a"], { input: "q\n" }),
    ],
  ])("%s prints no ESC or C1 byte", (_, run) => {
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
  });

  it("shows where a control character was, and export keeps the text as it is", () => {
    expect(runCli(["mentions", "--db", db]).stdout).toContain("\\x1b");
    const csv = runCli(["export", "mentions", "--db", db, "--format", "csv"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toContain(file);
  });

  it("notices, error lines, add's lines and a headline naming a database do not pass them either", () => {
    const broken = `plans/p1/not-a-pdf${OSC0}.pdf`;
    writeFileSync(join(root, broken), "not a PDF at all");
    const named = join(tempDir(), `stp${CSI}.sqlite`);
    const rescan = runCli(["scan", "--corpus", root, "--db", named]);
    const incoming = join(tempDir(), `download${OSC52}.pdf`);
    writeFileSync(incoming, makePdf([textPage("More social value.")]));
    const added = runCli(["add", incoming, "--plan", "p1", "--db", named]);
    const missing = runCli([
      "stats",
      "--db",
      join(tempDir(), `gone${CSI}.sqlite`),
    ]);
    for (const run of [rescan, added, missing]) {
      expect(run.stdout).not.toMatch(RAW);
      expect(run.stderr).not.toMatch(RAW);
    }
    expect(rescan.stderr).toContain("not-a-pdf\\x1b]0;owned");
    expect(missing.status).toBe(2);
  });
});
