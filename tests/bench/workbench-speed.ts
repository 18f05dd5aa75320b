// The workbench's API against issue 34's targets, on a scanned corpus: the first screen (the statistic and the
// plans, from the server printing its address), a search, a page of a document, and on the corpus 8 times over a
// search with paging. Each figure is the median of 5, from request to the last byte of the answer (fetch, Bearer
// token). Alone: `node dist/tests/bench/workbench-speed.js [DB DB8X]` scans ../shared/stp-corpus and its 8x copy
// (`--ocr off`), or reads the two databases given.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { median } from "./alternating-pairs.js";
import { copiedCorpus, countCopiesApart } from "./copied-corpus.js";
import { scan } from "./scan-corpus.js";
import { startServerAt, stopServer } from "./serve-load.js";
import { loadAverage } from "./timed.js";

const RUNS = 5;

const QUERY = "q=social%20valu*&mode=glob";

type Row = Record<string, string>;

/** GET `path` of a running server; its time in seconds and its JSON (any status but 200 fails the bench). */
async function timedGet(
  server: { base: string; token: string },
  path: string,
): Promise<{ seconds: number; json: unknown }> {
  const started = performance.now();
  const r = await fetch(`${server.base}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  const text = await r.text();
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${text}`);
  return { seconds, json: JSON.parse(text) as unknown };
}

/** Seconds from `serve` printing its address to the statistic and the plans both answered (asked at once). */
async function firstScreen(db: string): Promise<number> {
  const server = await startServerAt(db, "bench");
  try {
    const started = performance.now();
    await Promise.all([
      timedGet(server, "/api/statistic"),
      timedGet(server, "/api/plans"),
    ]);
    return (performance.now() - started) / 1000;
  } finally {
    await stopServer(server.child);
  }
}

/**
 * The median of RUNS answers to `path(n)`, each a search not asked before (the context words change the key the
 * server keeps answers under, not the work).
 */
async function medianGet(
  server: { base: string; token: string },
  path: (n: number) => string,
): Promise<number> {
  const seconds = [];
  for (let n = 0; n < RUNS; n++)
    seconds.push((await timedGet(server, path(n))).seconds);
  return median(seconds);
}

const s = (seconds: number, target: number) =>
  `${seconds.toFixed(seconds < 0.1 ? 3 : 2)} s (<= ${target})`;

/** The workbench's figures on the database `db` (of the corpus `name`); `times` > 1: the 8x search row only. */
export async function benchWorkbench(
  name: string,
  db: string,
  times = 1,
): Promise<Row> {
  const screens = [];
  for (let n = 0; n < (times === 1 ? RUNS : 1); n++)
    screens.push(await firstScreen(db));
  const server = await startServerAt(db, "bench");
  try {
    // The search index is built by the first search of a database, as by the first `stp-scan search`.
    await timedGet(server, "/api/search?q=social%20value&limit=1");
    const context = (n: number) => `&context=${8 + n}`;
    const search = await medianGet(
      server,
      (n) => `/api/search?${QUERY}${context(n)}`,
    );
    const sorted = await medianGet(
      server,
      (n) => `/api/search?${QUERY}&sort=R1,R2,L1&offset=50${context(n)}`,
    );
    const next = await medianGet(
      server,
      () => `/api/search?${QUERY}&sort=R1,R2,L1&offset=100&context=8`,
    );
    const found = (await timedGet(server, `/api/search?${QUERY}&limit=1`))
      .json as {
      total: number;
      places: { document: string; page: number }[];
    };
    const hit = found.places[0];
    const page =
      hit === undefined
        ? NaN
        : await medianGet(
            server,
            (n) =>
              `/api/documents/${encodeURIComponent(hit.document)}/pages/${hit.page}?${QUERY}${n % 2 === 0 ? "" : "&mode=phrase"}`,
          );
    const targets = times === 1 ? { search: 0.5 } : { search: 1.5 };
    return {
      corpus: name,
      "first screen (statistic + plans)":
        times === 1 ? s(median(screens), 1) : "-",
      // The column's name is the same for every corpus (a table row per corpus); the places found go in the cell.
      'search "social valu*", first page of 50': `${s(search, targets.search)}; ${found.total} places`,
      "sorted R1,R2,L1, second page": s(sorted, targets.search),
      "third page (kept)": `${next.toFixed(3)} s`,
      "page of a document (with highlights)": times === 1 ? s(page, 1) : "-",
      "load average": loadAverage(),
    };
  } finally {
    await stopServer(server.child);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const source = join(PROJECT_ROOT, "..", "shared", "stp-corpus");
  let [one, eight] = process.argv.slice(2);
  if (one === undefined || eight === undefined) {
    one = join(tempDir("stp-bench-db-"), "workbench.sqlite");
    scan(source, one);
    eight = join(tempDir("stp-bench-db-"), "workbench8.sqlite");
    scan(copiedCorpus(source, 8), eight);
  }
  countCopiesApart(eight);
  const rows = [
    await benchWorkbench("stp-corpus", one),
    await benchWorkbench("stp-corpus 8x", eight, 8),
  ];
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
}
