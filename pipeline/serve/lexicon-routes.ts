import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { loadMentions } from "../audit/index.js";
import { writeFileAtomic } from "../corpus/index.js";
import { renderCsv } from "../csv/index.js";
import { LexiconError, loadLexicon } from "../match/index.js";
import { chooseLexicon } from "../scan/index.js";
import { readProjectSettings } from "../store/index.js";
import type { AppContext } from "./app-context.js";
import type { LexiconJson, LexiconTermJson } from "./write-types.js";
import { answer, refusal } from "./respond.js";
import { SCAN_RUNNING } from "./scan-job.js";
import { searchAnswer } from "./search-route.js";
import { startScan } from "./scan-routes.js";
import { jsonObjectOf } from "./verdict-route.js";

/** Places a preview shows at most (the search's own limit). */
const PREVIEW_PLACES = 20;

/**
 * The lexicon file the next scan matches with: the one `scan --lexicon` gave, else the corpus's own lexicon.csv,
 * else lexicon v1; and the file an edit writes: the given one, else the corpus's own (never the tool's lexicon v1).
 */
function lexiconFiles(app: AppContext): { read: string; write: string } | null {
  const settings = readProjectSettings(app.options.db);
  if (settings === null) return null;
  const read = chooseLexicon(settings.corpus, settings.lexiconGiven);
  return {
    read,
    write: settings.lexiconGiven ?? join(settings.corpus, "lexicon.csv"),
  };
}

/** Mentions of each term in the database (those that count), by term id. */
function mentionsByTerm(app: AppContext): Map<string, number> {
  return app.answers.get("mentions by term", () => {
    const counts = new Map<string, number>();
    for (const m of loadMentions(app.options.db))
      if (m.counted) counts.set(m.term_id, (counts.get(m.term_id) ?? 0) + 1);
    return counts;
  });
}

/** PUT /api/lexicon's terms, or why they are not terms (a 400); the lexicon's own checks come after. */
function termsOf(text: string): LexiconTermJson[] | string {
  const terms = jsonObjectOf(text)?.["terms"];
  const isTerm = (t: unknown): t is LexiconTermJson => {
    const o = t as Record<string, unknown> | null;
    return (
      typeof o === "object" &&
      o !== null &&
      ["id", "phrase", "concept"].every((k) => typeof o[k] === "string") &&
      typeof o["headline"] === "boolean"
    );
  };
  return Array.isArray(terms) && terms.every(isTerm)
    ? terms
    : "a JSON object with terms, each with id, phrase, concept (text) and headline (true or false), needed";
}

/**
 * Writes the lexicon (checked as a scan checks it, through a file beside it that is renamed over it only when
 * good) and re-matches the corpus with it, as `scan` does after a lexicon edit; the scan's events say what moved.
 */
function saveLexicon(app: AppContext, text: string): Response {
  const terms = termsOf(text);
  if (typeof terms === "string") return refusal(400, terms);
  const files = lexiconFiles(app);
  if (files === null)
    return refusal(404, "no corpus scanned into this database yet");
  if (app.scanJob.isBusy()) return refusal(409, SCAN_RUNNING);
  const csv = renderCsv(
    ["id", "phrase", "concept", "headline"],
    terms.map(({ id, phrase, concept, headline }) => ({
      id,
      phrase,
      concept,
      headline,
    })),
    { bom: false },
  );
  const trial = join(dirname(files.write), `.lexicon-trial-${process.pid}.csv`);
  writeFileAtomic(trial, csv);
  try {
    loadLexicon(trial);
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    return refusal(400, error.message.split(trial).join("lexicon.csv"));
  } finally {
    rmSync(trial, { force: true });
  }
  writeFileAtomic(files.write, csv);
  const refused = startScan(app, false);
  return refused === null
    ? answer(202, { path: files.write, terms } satisfies LexiconJson)
    : refusal(409, refused);
}

/** The lexicon of the workbench: read it with each term's mentions, preview a term, save an edit. */
export const lexiconRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/lexicon", () => {
      const files = lexiconFiles(app);
      if (files === null)
        return refusal(404, "no corpus scanned into this database yet");
      const counts = mentionsByTerm(app);
      return answer(200, {
        path: files.read,
        terms: loadLexicon(files.read).terms.map((t) => ({
          ...t,
          mentions: counts.get(t.id) ?? 0,
        })),
      } satisfies LexiconJson);
    })
    // What a proposed term would find: the search of GET /api/search, as a phrase (stems, as a lexicon term).
    .get("/api/lexicon/preview", (c) => {
      const given = new URL(c.req.url).searchParams;
      const params = new URLSearchParams({
        q: given.get("phrase") ?? "",
        mode: "phrase",
        limit: given.get("limit") ?? String(PREVIEW_PLACES),
      });
      return searchAnswer(app, params);
    })
    .put(
      "/api/lexicon",
      bodyLimit({
        maxSize: 1_000_000,
        onError: () => refusal(413, "request too large"),
      }),
      async (c) => saveLexicon(app, await c.req.text()),
    );
