import { Hono } from "hono";
import { clusterSizes } from "../explore/index.js";
import {
  clustersOf,
  collocatesOf,
  unknownNameOf,
  wordsOf,
} from "../explore/store/index.js";
import {
  renderClusters,
  renderCollocates,
  renderWords,
  type RenderedRows,
} from "../report/index.js";
import { queryParams, type QueryParams } from "./query-params.js";
import { answer, refusal } from "./respond.js";
import type { AppContext } from "./routes.js";

/** Rows a table may ask for (`top`); 0 is every row for words and clusters, as on the command line. */
const MAX_TOP = 100_000;
/** The largest count or window a parameter takes. */
const MAX_COUNT = 1_000_000;
const MAX_WINDOW = 50;

/**
 * The JSON of an explore command, the very text `--format json` prints (renderRows), worked out by `run` from the
 * parameters once each is read and known; a 400 for the first that does not do.
 */
function exploreAnswer(
  app: AppContext,
  url: string,
  run: (read: QueryParams) => (() => RenderedRows) | null,
): Response {
  const read = queryParams(new URL(url).searchParams);
  const work = run(read);
  const problem =
    read.problem() ??
    unknownNameOf(app.options.db, app.dbFile, { plan: read.text("plan") });
  if (problem !== null || work === null)
    return refusal(400, problem ?? "q: give a query");
  return answer(200, work().text);
}

/** GET /api/collocates: `collocates --format json` with the same options. */
const collocates = (app: AppContext) => (read: QueryParams) => {
  const q = read.query();
  const window = read.int("window", { min: 0, max: MAX_WINDOW, fallback: 5 });
  const minCount = read.int("min_count", {
    min: 1,
    max: MAX_COUNT,
    fallback: 3,
  });
  const by = read.choice("by", ["mi", "llr", "count"] as const, "llr");
  const stopwords = read.flag("stopwords");
  const top = read.int("top", { min: 0, max: MAX_TOP, fallback: 50 });
  if (q === null) return null;
  return () =>
    renderCollocates(
      collocatesOf(app.options.db, q.query, read.text("plan"), {
        windowTokens: window,
        minCount,
        by,
        dropStopwords: stopwords,
      }),
      { query: q.text, top, format: "json" },
    );
};

/** GET /api/words: `words --format json` with the same options. */
const words = (app: AppContext) => (read: QueryParams) => {
  const top = read.int("top", { min: 0, max: MAX_TOP, fallback: 50 });
  const stems = read.flag("stems");
  const minLength = read.int("min_length", {
    min: 1,
    max: MAX_COUNT,
    fallback: 3,
  });
  return () =>
    renderWords(
      wordsOf(app.options.db, read.text("plan"), { stems, minLength }),
      {
        stems,
        top,
        format: "json",
      },
    );
};

/** GET /api/clusters: `clusters --format json` with the same options. */
const clusters = (app: AppContext) => (read: QueryParams) => {
  const q = read.query();
  const sizes = clusterSizes(read.text("size") ?? "2-4");
  const minCount = read.int("min_count", {
    min: 1,
    max: MAX_COUNT,
    fallback: 1,
  });
  const top = read.int("top", { min: 0, max: MAX_TOP, fallback: 50 });
  if (typeof sizes === "string") read.refuse(`size ${sizes}`);
  if (q === null || typeof sizes === "string") return null;
  return () =>
    renderClusters(
      clustersOf(app.options.db, q.query, read.text("plan"), {
        minSize: sizes[0],
        maxSize: sizes[1],
        minCount,
      }),
      { query: q.text, top, format: "json" },
    );
};

/** Collocates, word list and clusters over the stored page text. */
export const exploreRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/collocates", (c) =>
      exploreAnswer(app, c.req.url, collocates(app)),
    )
    .get("/api/words", (c) => exploreAnswer(app, c.req.url, words(app)))
    .get("/api/clusters", (c) => exploreAnswer(app, c.req.url, clusters(app)));
