import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { exportOf, writeRobustnessCorpus } from "./robustness-corpus.js";
import { killUnreaped, processState, PYTHON } from "./unreaped-kill.js";

describe("a scan killed with SIGKILL whose parent never reaps it (a zombie) does not lock its database", () => {
  const corpus = writeRobustnessCorpus();

  it("the next scan of the database runs and ends as a clean scan does (fixed #13)", async () => {
    if (PYTHON === null) {
      process.stderr.write(
        "skipped: no python3 with os.waitid to be the parent that never reaps\n",
      );
      return;
    }
    const cleanDb = join(tempDir(), "clean.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", cleanDb, "--quiet"]).status,
    ).toBe(0);
    const db = join(tempDir(), "killed.sqlite");
    const args = ["scan", "--corpus", corpus, "--db", db, "--jobs", "1"];
    const killed = await killUnreaped([...args, "--quiet"], {
      killAfter: { db, documents: 3 },
    });
    try {
      // The killed scan is a zombie: kill(pid, 0) still answers for it.
      expect(processState(killed.pid)).toBe("Z");
      expect(() => process.kill(killed.pid, 0)).not.toThrow();
      const next = runCli([...args, "--quiet"]);
      expect(next.stderr).not.toMatch(/stp-scan:/);
      expect(next.status).toBe(0);
      expect(exportOf(db)).toEqual(exportOf(cleanDb));
      expect(processState(killed.pid)).toBe("Z");
    } finally {
      killed.parent.kill("SIGKILL");
    }
  }, 60_000);
});
