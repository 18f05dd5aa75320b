import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";
import { runCli } from "./run-cli.js";

// docs/commands.md is the contract's reference: every command --help lists, and each of its options, appears
// there, so a new option cannot ship undocumented.

const docs = readFileSync(join(PROJECT_ROOT, "docs", "commands.md"), "utf8");

/** The commands (and subcommands) `--help` lists under Commands:, as typed after stp-scan. */
function commandsOf(prefix: string[]): string[] {
  const help = runCli([...prefix, "--help"]).stdout;
  const section = help.split(/\n(?:Commands|Positionals|Options):\n/)[1] ?? "";
  return [...section.matchAll(/^ {2}stp-scan ((?:[a-z-]+ )*[a-z-]+)/gm)].map(
    (m) => m[1] as string,
  );
}

/** The options a command's --help lists, but for yargs's own --help and --version. */
const optionsOf = (command: string) =>
  [
    ...runCli([...command.split(" "), "--help"]).stdout.matchAll(
      /^ {2}(--[a-z][a-z-]*)/gm,
    ),
  ]
    .map((m) => m[1] as string)
    .filter((o) => o !== "--help" && o !== "--version");

describe("every command and option is documented in docs/commands.md", () => {
  const top = commandsOf([]);
  const all = [...top, ...commandsOf(["audit"]).filter((c) => c !== "audit")];

  it("--help lists the commands", () => {
    expect(top).toEqual(
      expect.arrayContaining(["scan", "stats", "add", "audit"]),
    );
  });

  it.each(all.map((c) => [c]))("stp-scan %s and its options", (command) => {
    const name = command
      .replace(/^audit /, "audit ")
      .split(" ")
      .pop() as string;
    expect([
      command,
      docs.includes(`stp-scan ${command.split(" ")[0]}`),
    ]).toEqual([command, true]);
    if (command.startsWith("audit ")) expect(docs).toContain(name);
    const missing = optionsOf(command).filter((o) => !docs.includes(o));
    expect([command, missing]).toEqual([command, []]);
  });
});
