import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { editedBundle, writeBundleCorpus } from "./bundle-fixture.js";

type Rows = Record<string, unknown>[];

// Each hand edit gave a stack (or was counted as if it were a verdict); verify must refuse it before reading a
// PDF, naming the file, the row and the field.
describe("verify on a bundle edited by hand", () => {
  const corpus = writeBundleCorpus();
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  const zip = join(folder, "bundle.zip");
  runCli(["scan", "--corpus", corpus, "--db", db, "--jobs", "1", "--quiet"]);
  runCli(["bundle", "--db", db, "--out", zip]);

  /** The bundle with one verdict on its first mention, `change` applied to that verdict row. */
  const withVerdict = (change: (row: Record<string, unknown>) => void) =>
    editedBundle(zip, (files) => {
      const mentions = JSON.parse(files.get("mentions.json") ?? "") as Rows;
      const row: Record<string, unknown> = {
        verdictId: 1,
        mentionId: mentions[0]?.["mention_id"],
        verdict: "accepted",
        auditor: "ana",
        note: null,
        decidedAt: "2024-01-01T00:00:00.000Z",
        kind: "judge",
      };
      change(row);
      files.set("verdicts.json", JSON.stringify([row]));
    });
  const edit = (name: string, change: (value: unknown) => unknown) =>
    editedBundle(zip, (files) =>
      files.set(
        name,
        JSON.stringify(change(JSON.parse(files.get(name) ?? ""))),
      ),
    );

  it.each([
    [
      "a null row in mentions.json",
      () => edit("mentions.json", (v) => [...(v as Rows), null]),
      "mentions.json: row 3 is null, not an object",
    ],
    [
      'a verdict "evil"',
      () => withVerdict((r) => (r["verdict"] = "evil")),
      'verdicts.json: row 1 verdict is "evil", not one of accepted, rejected, pending',
    ],
    [
      "a verdict without its auditor",
      () => withVerdict((r) => delete r["auditor"]),
      "verdicts.json: row 1 has no auditor",
    ],
    [
      "a document status not of stp-scan",
      () =>
        edit("manifest.json", (v) => {
          const m = v as { documents: Rows };
          (m.documents[0] as Record<string, unknown>)["status"] = "great";
          return m;
        }),
      'manifest.json documents: row 1 status is "great", not one of ok, encrypted, corrupt, not-pdf, empty, no-text, partial-text, duplicate, missing, timeout, too-large',
    ],
    [
      "a threshold written as text",
      () =>
        edit("settings.json", (v) => ({ ...(v as object), threshold: "1" })),
      'settings.json: threshold is "1", not a whole number',
    ],
    [
      "a page number below zero",
      () =>
        edit("mentions.json", (v) => {
          const rows = v as Rows;
          (rows[0] as Record<string, unknown>)["page"] = -2;
          return rows;
        }),
      "mentions.json: row 1 page is -2, not a whole number",
    ],
  ])(
    "%s: one line naming the file, row and field, exit 2",
    async (_, make, reason) => {
      const edited = await make();
      const r = runCli(["verify", edited, "--corpus", corpus]);
      expect([r.status, r.stdout, r.stderr]).toEqual([
        2,
        "",
        `stp-scan: ${edited}: ${reason}\n`,
      ]);
    },
  );

  it("the well-formed neighbour, an accepted verdict by an auditor, verifies", async () => {
    const r = runCli([
      "verify",
      await withVerdict(() => undefined),
      "--corpus",
      corpus,
    ]);
    expect([r.status, r.stderr.includes("stp-scan:")]).toEqual([0, false]);
  });
});
