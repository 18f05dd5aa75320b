import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeDemoCorpus, writeDemoDownload } from "../fixtures/demo-corpus.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

// The README's flow ("One project, one database") is run as written, on a fresh copy of the demo corpus and the
// example download, and each sample output must be what its commands print: the README cannot drift from the tool.

type Step = { readonly commands: string[][]; readonly shown: string[] };

/** The words of a shell command line as sh would split them (double quotes only, as the README uses). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g))
    words.push(m[1] ?? (m[2] as string));
  return words;
}

/** The README's flow: each sh block's commands, with the text block that follows it (its sample output). */
function readmeFlow(): Step[] {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## One project, one database");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end);
  const blocks = [...section.matchAll(/```(sh|text)\n([\s\S]*?)```/g)].map(
    (m) => ({ kind: m[1], body: (m[2] as string).trimEnd().split("\n") }),
  );
  const steps: Step[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== "sh") return;
    const next = blocks[i + 1];
    steps.push({
      commands: b.body.map((l) => shellWords(l.replace(/\s+#.*$/, ""))),
      shown: next?.kind === "text" ? next.body : [],
    });
  });
  return steps;
}

describe("the README's flow, on one database", () => {
  const steps = readmeFlow();
  const project = tempDir();
  writeDemoCorpus(join(project, "corpus"));
  writeDemoDownload(project);
  // What `make scan` runs.
  const scan = runCli(
    ["scan", "--corpus", "corpus", "--db", "output/stp-scan.sqlite"],
    { cwd: project },
  );

  it("has steps with sample outputs", () => {
    expect(scan.status).toBe(0);
    expect(steps.filter((s) => s.shown.length > 0).length).toBeGreaterThan(3);
  });

  // The steps run in order (each builds on the last); the other corpus's step needs ../shared and is not run.
  const local = steps.filter((s) =>
    s.commands.every((c) => !c.some((w) => w.includes("../shared"))),
  );
  it.each(local.map((s, i) => [i + 1, s] as const))(
    "step %i prints its sample lines",
    (_, step) => {
      const printed: string[] = [];
      for (const [bin, ...args] of step.commands) {
        expect(bin).toBe("bin/stp-scan");
        const r = runCli(args, { cwd: project });
        expect([args.join(" "), r.status, r.stderr]).toEqual([
          args.join(" "),
          0,
          expect.not.stringContaining("stp-scan:"),
        ]);
        printed.push(...r.stdout.split("\n"), ...r.stderr.split("\n"));
      }
      const missing = step.shown.filter((line) => !printed.includes(line));
      expect(missing).toEqual([]);
    },
  );
});
