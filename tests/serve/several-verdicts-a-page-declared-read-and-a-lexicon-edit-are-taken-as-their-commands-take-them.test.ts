import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cliJson,
  exportedMentions,
  jsonOf,
  servedDemo,
  type Answer,
} from "./workbench.js";
import { endOf, scanEvents } from "./scan-events.js";
import type {
  LexiconJson,
  PageDeclarationsJson,
  VerdictsJson,
} from "../../pipeline/serve/api-types.js";

type Exported = {
  mention_id: string;
  verdict: string;
  term_id: string;
  headline: boolean;
}[];
const refusalOf = (a: Answer) => jsonOf<{ error: string }>(a).error;

describe("the workbench's writes take what their commands take, and refuse the rest in one line", () => {
  const demo = servedDemo();
  const mentions = () => exportedMentions<Exported[number]>(demo.db());

  it("stores one verdict for several mentions at once, by the auditor named, and lists ids that name none", async () => {
    const ids = mentions()
      .filter((m) => m.verdict === "pending")
      .slice(0, 3)
      .map((m) => m.mention_id);
    expect(ids).toHaveLength(3);
    const stored = await demo.served().post(
      "/api/verdicts",
      JSON.stringify({
        ids: [...ids, "m-none"],
        verdict: "accepted",
        code: "commitment",
        note: "same passage",
        auditor: "bea",
      }),
    );
    expect(stored.status).toBe(200);
    const answer = jsonOf<VerdictsJson>(stored);
    expect(answer.applied).toEqual(ids);
    expect(answer.unknown).toEqual(["m-none"]);
    expect(answer.statistic.counts.accepted).toBe(3);
    const byId = new Map(mentions().map((m) => [m.mention_id, m.verdict]));
    expect(ids.map((id) => byId.get(id))).toEqual([
      "accepted",
      "accepted",
      "accepted",
    ]);
    const log = cliJson<{ mentionId: string; auditor: string; code: string }[]>(
      ["audit", "log", "--db", demo.db(), "--json"],
    );
    expect(
      log.filter((r) => ids.includes(r.mentionId)).map((r) => r.auditor),
    ).toEqual(["bea", "bea", "bea"]);
  });

  it("refuses verdicts with no ids, an unknown verdict or reason, a bad auditor, or only unknown ids", async () => {
    const served = demo.served();
    const id = mentions()[0]?.mention_id ?? "";
    const post = (body: object) =>
      served.post("/api/verdicts", JSON.stringify(body));
    const none = await post({ ids: [], verdict: "accepted" });
    expect([none.status, refusalOf(none)]).toEqual([
      400,
      "a JSON object with ids (a list of mention ids) and verdict (accepted, rejected, pending) needed",
    ]);
    expect((await post({ ids: [id], verdict: "maybe" })).status).toBe(400);
    const code = await post({
      ids: [id],
      verdict: "accepted",
      code: "no-such-code",
    });
    expect(code.status).toBe(400);
    expect(refusalOf(code)).toMatch(/no-such-code/);
    expect(
      (await post({ ids: [id], verdict: "accepted", auditor: "a\nb" })).status,
    ).toBe(400);
    const unknown = await post({ ids: ["m-a", "m-b"], verdict: "rejected" });
    expect([unknown.status, refusalOf(unknown)]).toEqual([
      404,
      "no such mentions",
    ]);
    expect((await served.post("/api/verdicts", "not json")).status).toBe(400);
  });

  it("declares an unreadable page read with a note, as corpus accept-pages, and refuses a readable one", async () => {
    const served = demo.served();
    const document = "plans/fenwick-moor/fenwick-moor-stp.pdf";
    const post = (body: object) =>
      served.post("/api/page-declarations", JSON.stringify(body));
    const declared = await post({
      document,
      pages: "1",
      note: "a map, nothing to read",
    });
    expect(declared.status).toBe(200);
    expect(jsonOf<PageDeclarationsJson>(declared)).toEqual({
      document,
      pages: [1],
      withdrawn: false,
    });
    const stats = await served.json<{ pagesDeclaredRead: number }>(
      "/api/statistic",
    );
    expect(stats.pagesDeclaredRead).toBe(1);
    const readable = await post({ document, pages: "2", note: "x" });
    expect(readable.status).toBe(400);
    expect(refusalOf(readable)).toMatch(
      /^plans\/fenwick-moor\/fenwick-moor-stp\.pdf: page 2 is not unreadable/,
    );
    const noNote = await post({ document, pages: "1", note: " " });
    expect(refusalOf(noNote)).toMatch(/must say why the pages count as read/);
    expect((await post({ document, pages: "one", note: "x" })).status).toBe(
      400,
    );
    expect((await post({ pages: "1", note: "x" })).status).toBe(400);
  });

  it("gives the lexicon with each term's mentions, previews a term with the search, and saves an edit that re-matches", async () => {
    const served = demo.served();
    const lexicon = await served.json<LexiconJson>("/api/lexicon");
    expect(lexicon.path).toBe(join(demo.corpus(), "lexicon.csv"));
    const counted = mentions().filter(
      (m) => m.term_id === "social-value",
    ).length;
    expect(counted).toBeGreaterThan(0);
    expect(lexicon.terms.find((t) => t.id === "social-value")?.mentions).toBe(
      counted,
    );

    const preview = await served.json<{
      total: number;
      mode: string;
      places: unknown[];
    }>("/api/lexicon/preview?phrase=local%20jobs");
    expect(preview.mode).toBe("phrase");
    expect(preview.total).toBeGreaterThan(0);

    const before = readFileSync(lexicon.path, "utf8");
    const bad = await served.send(
      "PUT",
      "/api/lexicon",
      JSON.stringify({
        terms: [
          ...lexicon.terms,
          {
            id: "social-value",
            phrase: "x y",
            concept: "related",
            headline: false,
          },
        ],
      }),
    );
    expect(bad.status).toBe(400);
    expect(refusalOf(bad)).toMatch(/^lexicon\.csv:\d+: .*social-value/);
    expect(readFileSync(lexicon.path, "utf8")).toBe(before);
    expect(
      (await served.send("PUT", "/api/lexicon", '{"terms": [1]}')).status,
    ).toBe(400);

    const terms = [
      ...lexicon.terms.map(({ id, phrase, concept, headline }) => ({
        id,
        phrase,
        concept,
        headline,
      })),
      {
        id: "local-jobs",
        phrase: "local jobs",
        concept: "related",
        headline: false,
      },
    ];
    const saved = await served.send(
      "PUT",
      "/api/lexicon",
      JSON.stringify({ terms }),
    );
    expect(saved.status).toBe(202);
    const end = endOf(await scanEvents(served));
    expect(end.how).toBe("finished");
    expect(end.outcome).toMatch(/\+\d+ local-jobs/);
    const after = await served.json<LexiconJson>("/api/lexicon");
    expect(after.terms.find((t) => t.id === "local-jobs")?.mentions).toBe(
      preview.total,
    );
  });
});
