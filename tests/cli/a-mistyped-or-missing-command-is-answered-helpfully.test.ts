import { runCli } from "./run-cli.js";

describe("a mistyped or missing command", () => {
  it.each([
    ["scna", "scan"],
    ["mentoins", "mentions"],
    ["serach", "search"],
  ])("%s gets a suggestion: did you mean %s?", (typed, meant) => {
    const r = runCli([typed]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `stp-scan: unknown command "${typed}"; did you mean "${meant}"?\n`,
    ]);
  });

  it("a word like no command lists the commands", () => {
    const r = runCli(["xyzzy"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^stp-scan: unknown command "xyzzy"; the commands are: scan, stats, .*verify \(see stp-scan --help\)\n$/,
    );
  });

  it("bare stp-scan prints the command list, as --help does", () => {
    const bare = runCli([]);
    expect(bare.status).toBe(0);
    expect(bare.stderr).toBe("");
    expect(bare.stdout).toBe(runCli(["--help"]).stdout);
    expect(bare.stdout).toMatch(/Commands:[\s\S]*stp-scan scan/);
  });

  it("options without a command point at --help once", () => {
    const r = runCli(["--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^stp-scan: name a command: scan, stats, /);
    expect(r.stderr.match(/--help/g)).toHaveLength(1);
  });
});
