import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_DOWNLOAD } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import {
  jsonOf,
  scanDemoCorpus,
  serveWorkbench,
  upload,
  type Workbench,
} from "./workbench.js";

/** Every file under `root`, with its bytes, so that a write anywhere shows. */
const filesUnder = (root: string): Map<string, string> =>
  new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path, readFileSync(path).toString("base64")];
      }),
  );

describe("an upload over the size limit", () => {
  let served: Workbench;
  let corpus = "";
  beforeAll(async () => {
    let db = "";
    ({ db, corpus } = scanDemoCorpus());
    // A small limit through the server's options: the demo download is well over it.
    served = await serveWorkbench(db, {
      uploadMaxBytes: 1024,
      outputDir: tempDir(),
    });
  }, 300_000);
  afterAll(() => served?.close());

  it("gets 413 with one line in the analyst's words, and nothing is written", async () => {
    const big = DEMO_DOWNLOAD.bytes();
    expect(big.length).toBeGreaterThan(1024);
    const corpusBefore = filesUnder(corpus);
    const plansBefore = await served.json<unknown>("/api/plans");

    const refused = await served.send(
      "POST",
      "/api/documents",
      upload("STP_final_v3 (2).pdf", big, { plan: "birch-coast" }),
    );
    expect(refused.status).toBe(413);
    expect(jsonOf<{ error: string }>(refused)).toEqual({
      error: "the file is too large: at most 1 kB in one upload",
    });

    expect(filesUnder(corpus)).toEqual(corpusBefore);
    expect(await served.json<unknown>("/api/plans")).toEqual(plansBefore);
  });
});
