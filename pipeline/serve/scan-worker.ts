// The workbench's scan, in a thread of its own: matching, locating and storing each document take the thread
// they run on for a while, and on the server's thread every request waited meanwhile. It posts the scan's
// progress and notices as they come, and last the end event; a "stop" message stops it as Ctrl-C stops `scan`.
import { parentPort, workerData } from "node:worker_threads";
import { scanCorpus } from "../scan/index.js";
import { openDatabase } from "../store/index.js";
import { failedEvent, finishedEvent } from "./scan-end.js";
import type { ScanWorkerData, ScanWorkerMessage } from "./scan-job.js";

const { dbFile, force } = workerData as ScanWorkerData;
const port = parentPort;
const stopper = new AbortController();
const post = (message: ScanWorkerMessage) => port?.postMessage(message);
port?.on("message", (message) => {
  if (message === "stop") stopper.abort();
});
const started = Date.now();
try {
  const summary = await scanCorpus({
    db: dbFile,
    force,
    signal: stopper.signal,
    onProgress: (progress) => post({ kind: "progress", progress }),
    onNotice: (line) => post({ kind: "notice", line }),
  });
  const db = openDatabase(dbFile);
  try {
    post({
      kind: "end",
      event: finishedEvent(summary, db, dbFile, (Date.now() - started) / 1000),
    });
  } finally {
    db.close();
  }
} catch (error) {
  post({ kind: "end", event: failedEvent(error) });
}
port?.close();
