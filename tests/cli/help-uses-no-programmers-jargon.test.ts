import { runCli } from "./run-cli.js";

// Analysts read --help, not the code: no spec versions, memory or thread terms, stream names or library names.
const COMMANDS = [
  "scan",
  "stats",
  "export",
  "mentions",
  "audit",
  "terms",
  "report",
  "serve",
  "add",
  "corpus",
  "bundle",
  "verify",
  "search",
  "collocates",
  "words",
  "clusters",
  "suggest",
];
const JARGON =
  /spec v\d|\bheap\b|worker thread|\bstdout\b|\bstderr\b|pdf\.js|n-gram|per-run token/i;

describe("every command's --help is in words an analyst knows", () => {
  it.each(COMMANDS)("stp-scan %s --help", (command) => {
    const help = runCli([command, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Options:/m);
    const lines = help.stdout.split("\n").filter((l) => JARGON.test(l));
    expect(lines).toEqual([]);
  });
});
