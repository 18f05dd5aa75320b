import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCliFor } from "./cli-with-a-time-limit.js";

// Read whole, /dev/zero grew the process to gigabytes and a named pipe waited for ever for a writer.
describe("add of a file that is not a regular file", () => {
  const folder = tempDir();
  const fifo = join(folder, "pipe.pdf");
  const good = join(folder, "annex.pdf");
  writeFileSync(good, makePdf([textPage("The annex adds social value.")]));
  const hasMkfifo = spawnSync("mkfifo", [fifo]).status === 0;

  it.each([
    ["a named pipe", fifo],
    ["/dev/zero", "/dev/zero"],
  ])(
    "%s is refused in one line naming it, and the good file beside it is added",
    (_, file) => {
      if (file === fifo && !hasMkfifo) {
        process.stderr.write("skipped: mkfifo is not available\n");
        return;
      }
      const corpus = writeCorpus([
        {
          plan: "alder",
          path: "plans/alder/plan.pdf",
          bytes: makePdf([textPage("We add social value.")]),
        },
      ]);
      const db = join(tempDir(), "stp.sqlite");
      const r = runCliFor([
        "add",
        file,
        good,
        "--plan",
        "alder",
        "--corpus",
        corpus,
        "--db",
        db,
      ]);
      expect(r.status).toBe(1);
      expect(
        r.stdout.split("\n").filter((l) => l.startsWith("refused")),
      ).toEqual([
        `refused ${file}: not a file (a device, a pipe or a socket); give a PDF file or a folder of them`,
      ]);
      expect(r.stdout).toContain("added plans/alder/annex.pdf to alder (ok");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
