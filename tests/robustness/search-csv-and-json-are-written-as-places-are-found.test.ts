import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { CLI_BUNDLE, tempDir } from "../helpers.js";
import { writeSyntheticDatabase } from "./synthetic-database.js";

describe("search's CSV and JSON are written as the places are found", () => {
  it("200,000 places go out as CSV and JSON in 64 MB of heap", async () => {
    const file = join(tempDir(), "common-word.sqlite");
    writeSyntheticDatabase(file, {
      plans: 20,
      documentsPerPlan: 10,
      pagesPerDocument: 10,
      pageText: () => "Partners will care for people and care ".repeat(50),
    });
    for (const format of ["csv", "json"]) {
      const search = spawn(
        process.execPath,
        [
          "--max-old-space-size=64",
          CLI_BUNDLE,
          "search",
          "care",
          "--db",
          file,
          "--format",
          format,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      const exited = once(search, "exit");
      let bytes = 0;
      let tail = "";
      search.stdout.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        tail = (tail + chunk.toString()).slice(-200);
      });
      let stderr = "";
      search.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await exited;
      expect([
        format,
        code,
        stderr.split("\n").filter((l) => !l.startsWith("indexing")),
      ]).toEqual([format, 0, [""]]);
      expect(bytes).toBeGreaterThan(200_000 * 40);
      expect(tail).toMatch(
        format === "csv"
          ? /,care,[^\n]*\r\n$/
          : /"location": "\w+"\n {4}}\n {2}]\n}\n$/,
      );
    }
  }, 120_000);

  describe("the same bytes as the whole result rendered at once", () => {
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf([
          textPage("Partners in the north add social value to every contract."),
          textPage('=HYPERLINK social value matters, "quoted" social value'),
        ]),
      },
      {
        plan: "beta",
        path: "plans/beta/report.pdf",
        bytes: makePdf([textPage("Social values, and the Social Value Act.")]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    beforeAll(() => {
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    }, 120_000);
    it.each([
      ["social value"],
      ["social value", "--limit", "2"],
      ["social value", "--limit", "0"],
      ["social value", "--concept", "social-value"],
      ["social value", "--location", "body"],
      ["social value", "--plan", "beta"],
      ["nowhere to be found"],
    ])(
      "search %s ...",
      (...args) => {
        for (const format of ["csv", "json"]) {
          const search = (...extra: string[]) =>
            runCli([
              "search",
              ...args,
              "--db",
              db,
              "--format",
              format,
              ...extra,
            ]);
          const streamed = search();
          // A plot makes search find every place first and render them at once, as it did before.
          const whole = search("--plot", join(tempDir(), "p.svg"));
          expect([streamed.status, whole.status]).toEqual([0, 0]);
          expect(streamed.stdout.length).toBeGreaterThan(50);
          expect(streamed.stdout).toBe(whole.stdout);
        }
      },
      60_000,
    );
  });
});
