import { readManifest } from "../../pipeline/corpus/index.js";
import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("the plan is named with --plan, created with --new-plan, or suggested", () => {
  it("--new-plan creates a plan whose id comes from the name, with its region, and prints it", () => {
    const c = scannedCorpus();
    const r = add(
      c,
      incomingFile(c.incoming, "p.pdf", pdfSaying("Social value.")),
      "--new-plan",
      "Cedar & Hills STP",
      "--region",
      "West",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^created plan cedar-hills-stp \("Cedar & Hills STP", West\)$/m,
    );
    const rows = readManifest(c.root)?.rows ?? [];
    expect(
      rows.map((row) => [row.planId, row.planName, row.region]),
    ).toContainEqual(["cedar-hills-stp", "Cedar & Hills STP", "West"]);
  });

  it("--new-plan is refused when the plan exists, naming it, and nothing changes", () => {
    const c = scannedCorpus();
    const before = corpusState(c);
    const r = add(
      c,
      incomingFile(c.incoming, "p.pdf", pdfSaying("x")),
      "--new-plan",
      "Alder Vale",
      "--region",
      "North",
    );
    expect(r.stderr).toBe(
      'stp-scan: --new-plan: plan "alder-vale" exists already (alder-vale ("alder-vale", Region)); add to it with --plan alder-vale\n',
    );
    expect(r.status).toBe(2);
    expect(corpusState(c)).toEqual(before);
  });

  it("--new-plan without --region is a usage error", () => {
    const c = scannedCorpus();
    const r = add(
      c,
      incomingFile(c.incoming, "p.pdf", pdfSaying("x")),
      "--new-plan",
      "Cedar",
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/region/);
  });

  it("without --plan the closest plans by name are suggested and nothing is added", () => {
    const c = scannedCorpus();
    const before = corpusState(c);
    const r = add(
      c,
      incomingFile(c.incoming, "STP_Alder_Vale_final.pdf", pdfSaying("x")),
    );
    expect(r.stderr).toBe(
      'stp-scan: which plan? name it with --plan <plan-id>, or create one with --new-plan "Name" --region REGION; closest: alder-vale ("alder-vale", Region)\n',
    );
    expect(r.status).toBe(2);
    expect(corpusState(c)).toEqual(before);
  });

  it("an unknown --plan is refused with the closest plans", () => {
    const c = scannedCorpus();
    const r = add(
      c,
      incomingFile(c.incoming, "x.pdf", pdfSaying("x")),
      "--plan",
      "birch-cost",
    );
    expect(r.stderr).toMatch(
      /^stp-scan: --plan: no plan "birch-cost" in .*; closest: birch-coast \("birch-coast", Region\)\n$/,
    );
    expect(r.status).toBe(2);
  });
});
