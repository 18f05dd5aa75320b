import type { Argv } from "yargs";
import { runCommand, UsageError } from "./fatal.js";
import { openExisting } from "./output.js";
import { createAuditServer } from "../serve/index.js";
import { examplesOf } from "./examples.js";
import { auditorOption, dbOption, THRESHOLD_OPTION } from "./options.js";
import { thresholdFor } from "./project-of.js";

/** A port the app cannot listen on, in words with what to do; other errors as they are. */
function portProblem(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new UsageError(
      `port ${port} is in use (another stp-scan serve, or another program); choose another with --port`,
    );
  if (error.code === "EACCES")
    return new UsageError(
      `port ${port} needs administrator rights; choose one above 1023 with --port`,
    );
  return error;
}

/** `stp-scan serve [--db FILE] [--port N] [--host 127.0.0.1] [--auditor NAME]` */
export function serveCommand(yargs: Argv): Argv {
  return yargs.command(
    "serve",
    "Audit in the browser: each mention highlighted on its rendered PDF page (on this computer only)",
    (y) =>
      y
        .example(examplesOf("serve"))
        .option("db", dbOption("update"))
        .option("port", {
          type: "number",
          default: 0,
          describe: "Port (0: any free port)",
        })
        .option("host", {
          type: "string",
          default: "127.0.0.1",
          describe: "Only 127.0.0.1 is accepted",
        })
        .option("auditor", auditorOption("gives the verdicts"))
        .option("threshold", THRESHOLD_OPTION),
    (argv) =>
      runCommand(async () => {
        // The app reads the corpus's PDFs and writes verdicts: it must never listen beyond this machine.
        if (argv.host !== "127.0.0.1" && argv.host !== "localhost")
          throw new UsageError(
            `--host ${argv.host}: refused; stp-scan serve listens on 127.0.0.1 only`,
          );
        // yargs reads `--port abc` as NaN; listen() would throw on it, or on 70000 and -1, with a stack.
        if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65535)
          throw new UsageError(
            `--port${Number.isNaN(argv.port) ? "" : ` ${argv.port}`}: not a port number; give a whole number from 1024 to 65535, or 0 for any free port`,
          );
        const db = openExisting(argv.db);
        const { server, token } = createAuditServer({
          db,
          auditor: argv.auditor,
          threshold: thresholdFor(db, argv.threshold),
          port: argv.port,
          dbFile: argv.db,
        });
        await new Promise<void>((ok, fail) => {
          server.once("error", (error: NodeJS.ErrnoException) =>
            fail(portProblem(error, argv.port)),
          );
          server.listen(argv.port, "127.0.0.1", ok);
        });
        const port = (server.address() as { port: number }).port;
        // Ready for Ctrl-C before the address is out: whoever reads it may stop the app at once.
        const stopped = new Promise<void>((ok) => {
          const stop = () => server.close(() => ok());
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        process.stdout.write(
          `stp-scan audit app: http://127.0.0.1:${port}/?token=${token}\n(auditor ${argv.auditor}; Ctrl-C to stop)\n`,
        );
        await stopped;
        db.close();
      }, argv.db),
  );
}
