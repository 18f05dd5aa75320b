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
import {
  rowsAnswer,
  TABLE_FORMATS,
  type TableFormat,
} from "./download-answer.js";
import { queryParams, type QueryParams } from "./query-params.js";
import { refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";

/** Rows a table may ask for (`top`); 0 is every row for words and clusters, as on the command line. */
const MAX_TOP = 100_000;
/** The largest count or window a parameter takes. */
const MAX_COUNT = 1_000_000;
const MAX_WINDOW = 50;

/** Worked out by a route from its parameters: the rows of its command rendered in the format asked. */
type ExploreWork = ((format: TableFormat) => RenderedRows) | null;

/**
 * An explore command's rows as it writes them with `--format json|csv|xlsx` (`format=`, JSON unless asked;
 * renderRows), worked out by `run` from the parameters once each is read and known; a 400 for the first that
 * does not do. `name` is the file a CSV or xlsx is saved as, and the workbook's sheet.
 */
function exploreAnswer(
  app: AppContext,
  url: string,
  name: string,
  run: (read: QueryParams) => ExploreWork,
): Response | Promise<Response> {
  const read = queryParams(new URL(url).searchParams);
  const format = read.choice("format", TABLE_FORMATS, "json");
  const work = run(read);
  const problem =
    read.problem() ??
    unknownNameOf(app.options.db, app.dbFile, { plan: read.text("plan") });
  if (problem !== null || work === null)
    return refusal(400, problem ?? "q: give a query");
  return rowsAnswer(work(format), name, format);
}

/** GET /api/collocates: `collocates --format json|csv|xlsx` with the same options. */
const collocates =
  (app: AppContext) =>
  (read: QueryParams): ExploreWork => {
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
    return (format) =>
      renderCollocates(
        collocatesOf(app.options.db, q.query, read.text("plan"), {
          windowTokens: window,
          minCount,
          by,
          dropStopwords: stopwords,
        }),
        { query: q.text, top, format },
      );
  };

/** GET /api/words: `words --format json|csv|xlsx` with the same options. */
const words =
  (app: AppContext) =>
  (read: QueryParams): ExploreWork => {
    const top = read.int("top", { min: 0, max: MAX_TOP, fallback: 50 });
    const stems = read.flag("stems");
    const minLength = read.int("min_length", {
      min: 1,
      max: MAX_COUNT,
      fallback: 3,
    });
    return (format) =>
      renderWords(
        wordsOf(app.options.db, read.text("plan"), { stems, minLength }),
        {
          stems,
          top,
          format,
        },
      );
  };

/** GET /api/clusters: `clusters --format json|csv|xlsx` with the same options. */
const clusters =
  (app: AppContext) =>
  (read: QueryParams): ExploreWork => {
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
    return (format) =>
      renderClusters(
        clustersOf(app.options.db, q.query, read.text("plan"), {
          minSize: sizes[0],
          maxSize: sizes[1],
          minCount,
        }),
        { query: q.text, top, format },
      );
  };

/** Collocates, word list and clusters over the stored page text. */
export const exploreRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/collocates", (c) =>
      exploreAnswer(app, c.req.url, "collocates", collocates(app)),
    )
    .get("/api/words", (c) =>
      exploreAnswer(app, c.req.url, "words", words(app)),
    )
    .get("/api/clusters", (c) =>
      exploreAnswer(app, c.req.url, "clusters", clusters(app)),
    );
