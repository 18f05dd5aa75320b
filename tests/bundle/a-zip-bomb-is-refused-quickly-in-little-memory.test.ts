import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REQUIRED_FILES } from "../../pipeline/bundle/index.js";
import { CLI_BUNDLE, PROJECT_ROOT, tempDir } from "../helpers.js";
import { zipWithDeclaredSizes } from "./zip-with-declared-sizes.js";

const MB = 1024 * 1024;
const hasTime = spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;

/** verify on `zip` under /usr/bin/time: status, stderr without time's line, seconds and peak memory (MB). */
function verifyMeasured(zip: string) {
  const started = Date.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "maxrss-kb %M",
      process.execPath,
      CLI_BUNDLE,
      "verify",
      zip,
      "--corpus",
      tempDir(),
    ],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: 60_000,
      killSignal: "SIGKILL",
    },
  );
  const rss = /maxrss-kb (\d+)/.exec(r.stderr);
  return {
    status: r.status,
    stderr: r.stderr.replace(
      /(^|\n)(Command exited.*\n)?maxrss-kb \d+\n?$/,
      "$1",
    ),
    seconds: (Date.now() - started) / 1000,
    peakMb: Number(rss?.[1] ?? Infinity) / 1024,
  };
}

describe("verify refuses a zip bomb before it fills memory", () => {
  const folder = tempDir();
  if (!hasTime)
    process.stderr.write(
      "skipped: /usr/bin/time is missing; peak memory is not measured\n",
    );

  it.each([
    [
      "an entry that declares a small size and inflates to 200 MB",
      async () =>
        zipWithDeclaredSizes(
          REQUIRED_FILES.map((name) =>
            name === "mentions.json"
              ? ([name, Buffer.alloc(200 * MB, 0x20), 1000] as const)
              : ([name, Buffer.from("{}")] as const),
          ),
        ),
      /^stp-scan: .*bomb\.zip: mentions\.json inflates to more than the 1000 bytes it declares; not a bundle stp-scan wrote \(a zip bomb\?\)\n$/,
    ],
    [
      "seven entries that declare 450 MB each",
      async () =>
        zipWithDeclaredSizes(
          REQUIRED_FILES.map(
            (name) => [name, Buffer.from("{}"), 450 * MB] as const,
          ),
        ),
      /^stp-scan: .*bomb\.zip: [a-z.]+ would inflate to 471859200 bytes, past the 268435456 a bundle file may hold\n$/,
    ],
    [
      "seven entries that declare 100 MB each, 700 MB in all",
      async () =>
        zipWithDeclaredSizes(
          REQUIRED_FILES.map(
            (name) => [name, Buffer.from("{}"), 100 * MB] as const,
          ),
        ),
      /^stp-scan: .*bomb\.zip: its files would inflate to 734003200 bytes, past the 536870912 a bundle may hold \(a zip bomb\?\)\n$/,
    ],
  ])(
    "%s: one line, exit 2",
    async (_, make, message) => {
      const zip = join(folder, "bomb.zip");
      writeFileSync(zip, await make());
      const r = verifyMeasured(zip);
      expect([r.status, r.stderr]).toEqual([2, expect.stringMatching(message)]);
      expect(r.seconds).toBeLessThan(20);
      // Node alone takes about 60 MB; inflating the 200 MB entry whole would take more than 250.
      if (hasTime) expect(r.peakMb).toBeLessThan(200);
    },
    60_000,
  );
});
