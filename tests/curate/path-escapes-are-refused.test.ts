import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("no plan id or file name escapes corpus/plans/", () => {
  it.each([
    ["../outside"],
    ["/tmp/abs"],
    ["a/../../b"],
    ["Alder-Vale"],
    ["x".repeat(81)],
  ])("--plan %j is refused in one line and nothing is written", (plan) => {
    const c = scannedCorpus();
    const before = corpusState(c);
    const r = add(
      c,
      incomingFile(c.incoming, "x.pdf", pdfSaying("x")),
      "--plan",
      plan,
    );
    expect(r.stderr).toMatch(
      /^stp-scan: --plan: plan id ".*" (must be lower-case|is longer than 80)[^\n]*\n$/,
    );
    expect(r.status).toBe(2);
    expect(corpusState(c)).toEqual(before);
  });

  it("a file whose name climbs out of its folder, or is very long, lands inside the plan's folder with a safe name", () => {
    const c = scannedCorpus();
    const long = incomingFile(
      c.incoming,
      `${"Very Long Name ".repeat(15)}.pdf`,
      pdfSaying("long"),
    );
    const climbing = incomingFile(
      c.incoming,
      "..%2F..%2Fevil.pdf",
      pdfSaying("evil"),
    );
    const r = add(c, long, climbing, "--plan", "alder-vale");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      `added plans/alder-vale/${"very-long-name-".repeat(6)}very-long.pdf to alder-vale (ok, 1 page)`,
      "added plans/alder-vale/2f.2fevil.pdf to alder-vale (ok, 1 page)",
    ]);
    expect(r.status).toBe(0);
    expect(readdirSync(join(c.root, "plans/alder-vale")).sort()).toEqual([
      "2f.2fevil.pdf",
      "plan.pdf",
      `${"very-long-name-".repeat(6)}very-long.pdf`,
    ]);
  });
});
