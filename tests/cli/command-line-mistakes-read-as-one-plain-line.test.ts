import { runCli } from "./run-cli.js";

describe("yargs's wording of a command-line mistake becomes one line in plain words, exit 2", () => {
  it.each([
    [
      ["add", "plan.pdf", "--new-plan", "Frimley Health"],
      "stp-scan: --new-plan needs --region as well (see stp-scan add --help)\n",
    ],
    [
      ["mentions", "--format", "xml"],
      'stp-scan: --format "xml" is not one of: table, csv, json, xlsx (see stp-scan mentions --help)\n',
    ],
    [
      ["export", "mention"],
      'stp-scan: table "mention" is not one of: mentions, documents, plans (see stp-scan export --help)\n',
    ],
    [
      ["mentions", "--plna", "x"],
      "stp-scan: unknown option or word: --plna (see stp-scan mentions --help)\n",
    ],
    [
      ["search"],
      "stp-scan: search needs 1 argument after it, got 0 (see stp-scan search --help)\n",
    ],
  ])("%j", (args, message) => {
    const r = runCli(args);
    expect([r.status, r.stderr]).toEqual([2, message]);
  });
});
