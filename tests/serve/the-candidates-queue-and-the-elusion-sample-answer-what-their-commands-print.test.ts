import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";
import { cliJson, jsonOf, servedDemo } from "./workbench.js";

type Json = Record<string, unknown>;
type Item = { item: number; plan: string; document: string; page: number };
type Drawn = Json & { items: Item[]; pagesInFrame: number };
type Elusion = Json & {
  pagesJudged: number;
  yesPages: number;
  pages: (Item & { answer: string | null })[];
};

describe("the candidates queue and the elusion sample in the workbench's API answer what their commands print", () => {
  const demo = servedDemo();

  /** The status and the one message of a refusal (failing when the body is anything but `{"error": ...}`). */
  const refused = (r: { status: number; body: string }) => {
    const body = JSON.parse(r.body) as Json;
    expect(Object.keys(body)).toEqual(["error"]);
    expect(String(body["error"])).not.toContain("\n");
    return [r.status, body["error"]];
  };

  const post = (path: string, body: unknown) =>
    demo.served().post(path, JSON.stringify(body));

  it("GET /api/candidates is a page of candidates --json --limit 0, with the ranking's length", async () => {
    const cli = cliJson<Json & { candidates: Json[] }>([
      "candidates",
      "--db",
      demo.db(),
      "--json",
      "--limit",
      "0",
    ]);
    expect(cli.candidates.length).toBeGreaterThan(2);
    const api = await demo
      .served()
      .json<Json & { candidates: Json[] }>("/api/candidates?limit=2&offset=1");
    const { candidates, ...rest } = cli;
    expect(api).toEqual({
      ...rest,
      total: candidates.length,
      offset: 1,
      limit: 2,
      candidates: candidates.slice(1, 3),
    });
    const other = cliJson<Json>([
      "candidates",
      "--db",
      demo.db(),
      "--json",
      "--limit",
      "0",
      "--concept",
      "related",
    ]);
    const related = await demo
      .served()
      .json<Json>("/api/candidates?concept=related&limit=500");
    expect(related["candidates"]).toEqual(other["candidates"]);
    expect(related["concept"]).toBe("related");
  });

  it("an unknown concept gets 404, a bad limit 400, each in one line", async () => {
    const [status, message] = refused(
      await demo.served().get("/api/candidates?concept=nonsense"),
    );
    expect(status).toBe(404);
    expect(message).toMatch(/^no concept "nonsense" in /);
    expect(refused(await demo.served().get("/api/candidates?limit=0"))).toEqual(
      [400, 'limit: give a whole number from 1 to 500 (not "0")'],
    );
  });

  it("before a draw, GET /api/elusion is null as elusion --json prints it, and an answer is refused in one line", async () => {
    const api = await demo.served().get("/api/elusion");
    expect([api.status, api.body]).toEqual([200, "null"]);
    expect(
      cliJson<unknown>(["elusion", "--db", demo.db(), "--json"]),
    ).toBeNull();
    const [status, message] = refused(
      await post("/api/elusion/judgements", { item: 1, answer: "no" }),
    );
    expect(status).toBe(400);
    expect(message).toMatch(/^no elusion draw yet/);
  });

  it("a draw or an answer from another origin is refused before it is read, and a body that is not JSON gets 400", async () => {
    const foreign = await demo
      .served()
      .post("/api/elusion/draws", JSON.stringify({ size: 2, seed: 1 }), {
        authorization: `Bearer ${demo.served().token}`,
        origin: "http://evil.example",
      });
    expect(foreign.status).toBe(403);
    const notJson = await demo.served().post("/api/elusion/judgements", "yes");
    expect(refused(notJson)[0]).toBe(400);
    expect((await demo.served().get("/api/elusion")).body).toBe("null");
  });

  it.each([
    [{}, "size: give a whole number of pages from 1 up"],
    [{ size: 0, seed: 1 }, "size: give a whole number of pages from 1 up"],
    [{ size: 2 }, "seed: give a whole number from 0 to 4294967295"],
    [{ size: 2, seed: -1 }, "seed: give a whole number from 0 to 4294967295"],
    [{ size: 2, seed: 2.5 }, "seed: give a whole number from 0 to 4294967295"],
    [[], "a JSON object with size (pages to draw) and seed needed"],
  ])("POST /api/elusion/draws %j is refused: %s", async (body, message) => {
    expect(refused(await post("/api/elusion/draws", body))).toEqual([
      400,
      message,
    ]);
  });

  it("a draw is elusion draw --json's with the same seed, draws nothing from a plan that counts, and its answers move the figures elusion --json prints and the statistic carries", async () => {
    // The command draws on a copy made before the app draws: the same frame, so the same seed must give the same pages.
    const copy = join(tempDir(), "copy.sqlite");
    copyFileSync(demo.db(), copy);
    const drawn = jsonOf<Drawn>(
      await post("/api/elusion/draws", { size: 3, seed: 7 }),
    );
    const cli = cliJson<Drawn>([
      "elusion",
      "draw",
      "--size",
      "3",
      "--seed",
      "7",
      "--json",
      "--db",
      copy,
      "--auditor",
      "web-tester",
    ]);
    const withoutTime = ({ drawnAt: _t, ...rest }: Json) => rest;
    expect(withoutTime(drawn)).toEqual(withoutTime(cli));
    expect(drawn.items.length).toBeGreaterThan(1);
    const stats = cliJson<{
      broad: { plans: { plan: string; mentions: boolean | null }[] };
    }>(["stats", "--db", demo.db(), "--json"]);
    const outside = new Set(
      stats.broad.plans.filter((p) => p.mentions === false).map((p) => p.plan),
    );
    for (const item of drawn.items) expect(outside.has(item.plan)).toBe(true);

    const before = await demo.served().json<Json>("/api/statistic");
    expect((before["elusion"] as Elusion).pagesJudged).toBe(0);
    for (const [item, answer] of [
      [1, "no"],
      [2, "yes"],
      [2, "withdrawn"],
      [3, "no"],
    ] as const) {
      const judged = await post("/api/elusion/judgements", {
        item,
        answer,
        note: answer === "yes" ? "jobs through contracts" : undefined,
      });
      expect(judged.status).toBe(200);
      expect(jsonOf<{ judgement: Json; item: Json }>(judged)).toMatchObject({
        judgement: { item, answer, auditor: "web-tester" },
        item: { item },
      });
    }
    const elusion = await demo.served().json<Elusion>("/api/elusion");
    expect(elusion).toEqual(
      cliJson<Elusion>(["elusion", "--db", demo.db(), "--json"]),
    );
    expect([elusion.pagesJudged, elusion.yesPages]).toEqual([2, 0]);
    expect(elusion.pages.map((p) => p.answer)).toEqual(["no", null, "no"]);
    // The statistic's answer was kept before the answers; they are this app's own writes, so it is worked out again.
    const after = await demo.served().json<Json>("/api/statistic");
    expect(after["elusion"]).toEqual(elusion);
  });

  it.each([
    [{ item: 1, answer: "maybe" }, 400, /^a JSON object with item/],
    [{ item: 0, answer: "no" }, 400, /^a JSON object with item/],
    [{ item: 99, answer: "no" }, 400, /has no page 99/],
    [{ item: 1, answer: "no", note: 3 }, 400, /^note must be text$/],
  ])(
    "POST /api/elusion/judgements %j is refused in one line",
    async (body, status, message) => {
      const [got, text] = refused(await post("/api/elusion/judgements", body));
      expect(got).toBe(status);
      expect(text).toMatch(message);
    },
  );
});
