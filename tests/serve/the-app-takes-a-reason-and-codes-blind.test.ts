import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { serveInProcess } from "./served-in-process.js";

type Listed = {
  total: number;
  blind: boolean;
  rows: {
    id: string;
    verdict: string;
    note: string | null;
    code: string | null;
  }[];
};

describe("the audit app takes a verdict's reason, and shows a blind auditor only their own", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  let ids: string[] = [];
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    ids = (
      JSON.parse(
        runCli(["mentions", "--db", db, "--format", "json"]).stdout,
      ) as {
        mention_id: string;
      }[]
    ).map((m) => m.mention_id);
    runCli([
      "audit",
      "accept",
      ...ids,
      "--auditor",
      "ann",
      "--code",
      "commitment",
      "--note",
      "ann's note",
      "--db",
      db,
    ]);
  }, 120_000);

  it("blind, the list holds no other auditor's verdict, note or reason; a posted reason is checked and kept", async () => {
    const served = await serveInProcess(db, "bob", undefined, true);
    try {
      const list = async (query = "") =>
        JSON.parse((await served.get(`/api/mentions?${query}`)).body) as Listed;
      const before = await list();
      expect(before.blind).toBe(true);
      expect(before.total).toBe(ids.length);
      expect(
        new Set(before.rows.map((r) => `${r.verdict}|${r.note}|${r.code}`)),
      ).toEqual(new Set(["pending|null|null"]));
      const id = before.rows[0]?.id ?? "";
      const wrong = await served.post({
        id,
        verdict: "accepted",
        code: "ethics",
      });
      expect([wrong.status, JSON.parse(wrong.body)]).toEqual([
        400,
        {
          error:
            "code ethics (Values as ethics or civility) counts as rejected, not accepted",
        },
      ]);
      expect(
        (await served.post({ id, verdict: "rejected", code: 3 })).status,
      ).toBe(400);
      expect(
        (await served.post({ id, verdict: "rejected", code: "3" })).status,
      ).toBe(200);
      const rejected = await list("verdict=rejected");
      expect(rejected.rows.map((r) => [r.id, r.code])).toEqual([
        [id, "ethics"],
      ]);
      // Ann's accepted verdicts are not bob's: none shows.
      expect((await list("verdict=accepted")).total).toBe(0);
      const codes = JSON.parse((await served.get("/api/codes")).body) as {
        codes: { id: string }[];
      };
      expect(codes.codes.map((c) => c.id)).toEqual([
        "commitment",
        "act",
        "ethics",
        "heading",
        "contents",
        "other",
      ]);
    } finally {
      await served.close();
    }
    const log = JSON.parse(
      runCli(["audit", "log", "--db", db, "--json"]).stdout,
    ) as {
      auditor: string;
      code: string | null;
      blind: boolean;
    }[];
    expect(log.filter((r) => r.auditor === "bob")).toMatchObject([
      { code: "ethics", blind: true },
    ]);
  });

  it("open, the list shows the verdict that counts with its reason", async () => {
    const served = await serveInProcess(db, "lead");
    try {
      const list = JSON.parse(
        (await served.get("/api/mentions?verdict=accepted")).body,
      ) as Listed;
      expect(list.blind).toBe(false);
      expect(list.total).toBe(ids.length - 1);
      expect(new Set(list.rows.map((r) => `${r.note}|${r.code}`))).toEqual(
        new Set(["ann's note|commitment"]),
      );
    } finally {
      await served.close();
    }
  });
});
