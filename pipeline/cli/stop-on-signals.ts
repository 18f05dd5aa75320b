import { ScanStoppedError } from "../scan/index.js";

/** The exit code of a scan stopped by Ctrl-C (128 + SIGINT), as shells report an interrupted command. */
export const STOPPED_EXIT_CODE = 130;

/**
 * Runs a scan with a signal that Ctrl-C (SIGINT) or SIGTERM aborts, so the scan stops its workers, keeps what it
 * stored and lets go of its lock instead of dying with them. Then `beforeMessage` runs (clears the progress line),
 * the scan's one line ("stopped: 12 of 40 documents stored; run the same scan again to finish") is printed, the
 * exit code is 130 and the result null. A second signal ends the process at once.
 */
export async function stopOnSignals<T>(
  scan: (signal: AbortSignal) => Promise<T>,
  beforeMessage: () => void = () => undefined,
): Promise<T | null> {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(STOPPED_EXIT_CODE);
    controller.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    return await scan(controller.signal);
  } catch (error) {
    if (!(error instanceof ScanStoppedError)) throw error;
    beforeMessage();
    process.stderr.write(`${error.message}\n`);
    process.exitCode = STOPPED_EXIT_CODE;
    return null;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
