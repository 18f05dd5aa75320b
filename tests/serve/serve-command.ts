// `stp-scan serve` as the analyst starts it (the built bundle, in a process of its own), for the browser tests.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";

/** Starts `stp-scan serve` and resolves with its URL (`http://127.0.0.1:N/?token=…`) once it prints it. */
export function startServer(
  db: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, "dist/pipeline/cli/main.js"),
      "serve",
      "--db",
      db,
      "--auditor",
      "web-tester",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out)?.[0];
      if (url) ok({ child, url });
    });
    child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
}
