import { existsSync } from "node:fs";
import { join } from "node:path";
import { LOCK_FILE } from "../../pipeline/curate/index.js";
import { runCli } from "../cli/run-cli.js";
import {
  killUnreaped,
  processState,
  PYTHON,
} from "../robustness/unreaped-kill.js";
import {
  add,
  incomingFile,
  pdfSaying,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("an add killed with SIGKILL whose parent never reaps it (a zombie) does not lock the corpus", () => {
  it("the next add cleans up after it and adds the file once (fixed #13)", async () => {
    if (PYTHON === null) {
      process.stderr.write(
        "skipped: no python3 with os.waitid to be the parent that never reaps\n",
      );
      return;
    }
    const c = scannedCorpus();
    const file = incomingFile(
      c.incoming,
      "New Plan.pdf",
      pdfSaying("Social value."),
    );
    const args = ["add", file, "--new-plan", "Cedar Hills", "--region", "West"];
    const killed = await killUnreaped(
      [...args, "--corpus", c.root, "--db", c.db],
      { env: { STP_SCAN_TEST_CRASH_AT: "renamed" } },
    );
    try {
      expect(processState(killed.pid)).toBe("Z");
      const again = add(c, ...args.slice(1));
      expect(again.stderr).toMatch(
        /^removed plans\/cedar-hills\/new-plan\.pdf: copied by an interrupted add but never listed in manifest\.csv$/m,
      );
      expect(again.stdout.split("\n")[0]).toBe(
        "added plans/cedar-hills/new-plan.pdf to cedar-hills (ok, 1 page)",
      );
      expect(
        runCli(["corpus", "check", "--corpus", c.root, "--db", c.db]).stdout,
      ).toBe("corpus agrees: 3 documents\n");
      expect(existsSync(join(c.root, LOCK_FILE))).toBe(false);
    } finally {
      killed.parent.kill("SIGKILL");
    }
  }, 60_000);
});
