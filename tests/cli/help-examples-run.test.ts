import { spawn } from "node:child_process";

import { join } from "node:path";
import { EXAMPLES } from "../../pipeline/cli/examples.js";
import { writeDemoCorpus, writeDemoDownload } from "../fixtures/demo-corpus.js";
import { CLI_BUNDLE, tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

const MAIN = CLI_BUNDLE;
const commands = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];

/** The arguments of an example command line after "$0", split as a shell would (double quotes only). */
const argsOf = (line: string) =>
  [...line.replace(/^\$0 /, "").matchAll(/"([^"]*)"|(\S+)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

/** The Examples section of a command's --help. */
const examplesSection = (command: string) => {
  const help = runCli([...command.split(" "), "--help"]).stdout;
  return help.slice(help.indexOf("Examples:"));
};

describe("every command's --help shows examples that work as written", () => {
  it.each(commands)(
    "stp-scan %s --help lists its examples (fixed #13)",
    (command) => {
      const section = examplesSection(command);
      expect(section).toMatch(/^Examples:\n/);
      const lines = section
        .split("\n")
        .filter((l) => l.startsWith(`  stp-scan ${command}`));
      expect(lines).toHaveLength(EXAMPLES[command].length);
      for (const [line, description] of EXAMPLES[command]) {
        const words = section.split(/\s+/);
        for (const word of `${line.replace("$0", "stp-scan")} ${description}`
          .replace(/"/g, "")
          .split(/\s+/))
          expect([
            word,
            words.some((w) => w.replace(/"/g, "") === word),
          ]).toEqual([word, true]);
      }
    },
  );

  it("run in order in a project folder holding the demo corpus (as after make scan), each exits 0", async () => {
    const folder = tempDir();
    writeDemoCorpus(join(folder, "corpus"));
    writeDemoDownload(folder);
    const outcomes: string[] = [];
    for (const command of commands)
      for (const [line] of EXAMPLES[command]) {
        const r = await runIn(folder, argsOf(line), command === "serve");
        outcomes.push(
          `${line}: exit ${r.status}${r.status === 0 ? "" : `\n${r.stderr}`}`,
        );
      }
    expect(outcomes).toEqual(
      commands.flatMap((c) => EXAMPLES[c].map(([line]) => `${line}: exit 0`)),
    );
  }, 180_000);
});

/** Runs the CLI in `cwd`; a server is stopped (SIGTERM, as Ctrl-C would) once it prints its address. */
function runIn(
  cwd: string,
  args: readonly string[],
  isServer: boolean,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      if (isServer && stdout.includes("stp-scan workbench: http://127.0.0.1:"))
        child.kill("SIGTERM");
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}
