// Worker-thread entry: reads one document per message with pdf.js. pdf.js parses on the calling thread in
// Node, so parallel extraction needs one pdf.js per worker thread.
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { watchRunningChildren } from "../ocr/index.js";
import { packBoxes } from "./packed-boxes.js";
import { readDocument } from "./read-document.js";
import type {
  ExtractRequest,
  ExtractResponse,
  RunningChildren,
} from "./worker-pool.js";

// stdout carries the CLI's data; anything a library prints here goes to stderr.
console.log = console.error;

const port = parentPort;
if (port === null)
  throw new Error("extract-worker.js runs only as a worker thread");

const tell = (response: ExtractResponse) => port.postMessage(response);
watchRunningChildren((children) =>
  port.postMessage({ children } satisfies RunningChildren),
);

port.on("message", (request: ExtractRequest) => {
  void (async () => {
    try {
      const bytes = new Uint8Array(readFileSync(request.file));
      const result = await readDocument(
        request.doc,
        bytes,
        request.sha256,
        request.ocr === null
          ? null
          : {
              file: request.file,
              request: request.ocr,
              events: {
                onPlanned: (ocrPlanned) => tell({ id: request.id, ocrPlanned }),
                onPage: (ocrPage) => tell({ id: request.id, ocrPage }),
                onRead: (ocrRead) => tell({ id: request.id, ocrRead }),
              },
            },
      );
      const { pages, packed } = packBoxes(result.pages);
      const response: ExtractResponse = {
        id: request.id,
        result: { ...result, pages },
        boxes: packed,
      };
      port.postMessage(response, [packed.numbers.buffer, packed.counts.buffer]);
    } catch (error) {
      tell({ id: request.id, failure: (error as Error).message });
    }
  })();
});
