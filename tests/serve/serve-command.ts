// `stp-scan serve` as the analyst starts it (the built bundle, in a process of its own), for the browser tests.
import { spawn, type ChildProcess } from "node:child_process";
import { CLI_BUNDLE } from "../helpers.js";

/**
 * Starts `stp-scan serve` on `db` as `auditor` and resolves with its URL (`http://127.0.0.1:N/?token=…`) once it
 * prints it; if it exits first, the error carries what it printed on both streams.
 */
export function startServer(
  db: string,
  auditor = "web-tester",
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, "serve", "--db", db, "--auditor", auditor],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out)?.[0];
      if (url) ok({ child, url });
    });
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
}
