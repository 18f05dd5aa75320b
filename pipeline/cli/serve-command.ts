import type { Argv } from "yargs";
import { isBlind } from "../audit/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { openExisting } from "./output.js";
import { createAuditServer } from "../serve/index.js";
import { examplesOf } from "./examples.js";
import {
  auditorOption,
  BLIND_OPTION,
  dbOption,
  THRESHOLD_OPTION,
} from "./options.js";
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

/** The host and port the app may listen on, or a usage error. */
function checkAddress(host: string, port: number): void {
  // The app reads the corpus's PDFs and writes verdicts: it must never listen beyond this machine.
  if (host !== "127.0.0.1" && host !== "localhost")
    throw new UsageError(
      `--host ${host}: refused; stp-scan serve listens on 127.0.0.1 only`,
    );
  // yargs reads `--port abc` as NaN; listen() would throw on it, or on 70000 and -1, with a stack.
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(
      `--port${Number.isNaN(port) ? "" : ` ${port}`}: not a port number; give a whole number from 1024 to 65535, or 0 for any free port`,
    );
}

/** `stp-scan serve [--db FILE] [--port N] [--host 127.0.0.1] [--auditor NAME] [--blind]` */
export function serveCommand(yargs: Argv): Argv {
  return yargs.command(
    "serve",
    "The workbench in the browser (on this computer only): the figures, plans, search, the audit, coding, candidates, elusion, the corpus, scans and the lexicon",
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
        .option("blind", BLIND_OPTION)
        .option("threshold", THRESHOLD_OPTION),
    (argv) =>
      runCommand(async () => {
        checkAddress(argv.host, argv.port);
        const db = openExisting(argv.db);
        const blind = isBlind(db, argv.auditor, argv.blind);
        const { server, token } = createAuditServer({
          db,
          auditor: argv.auditor,
          threshold: thresholdFor(db, argv.threshold),
          port: argv.port,
          blind,
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
          `stp-scan workbench: http://127.0.0.1:${port}/?token=${token}\n(auditor ${argv.auditor}${blind ? ", coding blind" : ""}; Ctrl-C to stop)\n`,
        );
        await stopped;
        db.close();
      }, argv.db),
  );
}
