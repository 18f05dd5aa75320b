import {
  BundleError,
  NothingToBundleError,
} from "../../pipeline/bundle/index.js";
import { runCommand, UsageError } from "../../pipeline/cli/fatal.js";
import { CorpusError } from "../../pipeline/corpus/index.js";
import { AddError, CorpusBusyError } from "../../pipeline/curate/index.js";
import { DatabaseError } from "../../pipeline/store/index.js";
import { StpError } from "../../pipeline/problem.js";

/** What runCommand prints on stderr, and the exit code it sets, for an action that throws `error`. */
async function printed(error: unknown) {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  };
  const before = process.exitCode;
  try {
    await runCommand(() => {
      throw error;
    });
    return { stderr: lines.join(""), exitCode: process.exitCode };
  } finally {
    process.stderr.write = write;
    process.exitCode = before;
  }
}

describe("the shell prints any error of the project as one line, whatever the command", () => {
  it.each([
    ["a usage error", new UsageError("--new-plan: give the plan's name")],
    ["a busy corpus", new CorpusBusyError({ file: "c/.lock", reason: "busy" })],
    ["a plan option", new AddError({ file: "plans/x.pdf", reason: "no plan" })],
    [
      "a bundle",
      new BundleError({ file: "b.zip", reason: "no manifest.json" }),
    ],
    [
      "an empty database",
      new NothingToBundleError({ file: "db", reason: "none" }),
    ],
    ["a corpus", new CorpusError({ file: "manifest.csv", reason: "bad" })],
    ["a database", new DatabaseError("db: newer")],
    ["the base itself", new StpError({ file: "f", reason: "r" })],
  ])("%s: stp-scan: <file>: <reason>, exit 2, no stack", async (_, error) => {
    expect(await printed(error)).toEqual({
      stderr: `stp-scan: ${error.message}\n`,
      exitCode: 2,
    });
    expect(error.message).toBe(
      error.problem.file === undefined
        ? error.problem.reason
        : `${error.problem.file}: ${error.problem.reason}`,
    );
  });

  it("an error that is not the project's is a bug: its stack is printed", async () => {
    const bug = new TypeError("x is undefined");
    const out = await printed(bug);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain("TypeError: x is undefined\n    at ");
  });

  it("an error keeps its problem as data, its cause included", () => {
    const cause = new Error("EACCES");
    const error = new CorpusError(
      { file: "manifest.csv", reason: "not readable" },
      { cause },
    );
    expect(error.problem).toEqual({
      file: "manifest.csv",
      reason: "not readable",
      cause,
    });
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("CorpusError");
  });
});
