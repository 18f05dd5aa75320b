import { renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileIdentity } from "../../pipeline/corpus/index.js";
import { tempDir } from "../helpers.js";

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

describe("fileIdentity: what a re-scan compares before it trusts a kept hash", () => {
  it("changes when the bytes are rewritten at the same size and the modification time is set back", async () => {
    const file = join(tempDir(), "plan.pdf");
    // Whole seconds, so that setting the time back gives the very same nanoseconds.
    const time = new Date("2016-11-01T09:00:00Z");
    writeFileSync(file, "%PDF-1.7 social value");
    utimesSync(file, time, time);
    const before = fileIdentity(file);
    // Past the file system's clock tick, as any later edit is.
    await sleep(50);
    writeFileSync(file, "%PDF-1.7 social vaLue");
    utimesSync(file, time, time);
    expect(statSync(file).mtimeMs).toBe(time.getTime());
    const after = fileIdentity(file);
    expect(after.size).toBe(before.size);
    expect(after.identity).not.toBe(before.identity);
  });

  it("changes when another file is moved into its place", () => {
    const dir = tempDir();
    const file = join(dir, "plan.pdf");
    writeFileSync(file, "%PDF-1.7 one");
    writeFileSync(join(dir, "other.pdf"), "%PDF-1.7 two");
    const before = fileIdentity(file);
    renameSync(join(dir, "other.pdf"), file);
    expect(fileIdentity(file).identity).not.toBe(before.identity);
  });

  it("stays while the file is left alone, and is settled only two seconds after its last change", () => {
    const file = join(tempDir(), "plan.pdf");
    writeFileSync(file, "%PDF-1.7");
    const first = fileIdentity(file);
    expect(fileIdentity(file).identity).toBe(first.identity);
    expect(first.settled).toBe(false);
    expect(fileIdentity(file, nowNs() + 1_000_000_000n).settled).toBe(false);
    expect(fileIdentity(file, nowNs() + 3_000_000_000n).settled).toBe(true);
  });
});
