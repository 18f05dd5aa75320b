// The browser audit under load (issue 18): `stp-scan serve` on a copy of a database, and 16 clients on loopback
// sending 400 requests between them, as the page sends them: mention-list pages (some filtered), the statistic,
// PDFs and verdicts. Bounded: a fixed number of requests, each with a time limit, and the whole run stops by itself.
// Afterwards every verdict posted must be in the database. With --during-scan the app scans its corpus (--force)
// meanwhile and the verdicts go through POST /api/verdicts, as two auditors' browsers send them while a scan
// runs. Alone: `node dist/tests/bench/serve-load.js --db X [--during-scan]`.
import type { ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { tempDir } from "../helpers.js";
import { seededRandom } from "../robustness/robustness-corpus.js";
import { startServer } from "../serve/serve-command.js";

const REQUEST_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 300_000;
const PAGE_SIZE = 50;

type Kind = "list" | "stats" | "pdf" | "verdict";
/** Of every 20 requests: 9 list pages, 2 statistics (the page asks after each list), 5 PDFs, 4 verdicts. */
const MIX: readonly Kind[] = [
  ..."list ".repeat(9).trim().split(" "),
  "stats",
  "stats",
  ..."pdf ".repeat(5).trim().split(" "),
  ..."verdict ".repeat(4).trim().split(" "),
] as Kind[];

export type LoadOptions = {
  /** @default 400 */
  readonly requests?: number;
  /** @default 16 */
  readonly clients?: number;
  /**
   * Start a scan of the database's corpus in the app (POST /api/scan, --force, so that it reads every document)
   * just before the clients, and post the verdicts through POST /api/verdicts, as the workbench does. @default false
   */
  readonly duringScan?: boolean;
};

export type LoadFigures = {
  readonly mentions: number;
  readonly requests: number;
  readonly clients: number;
  readonly errors: number;
  readonly firstError: string | null;
  /** Milliseconds, request sent to the last byte of the answer read. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly byKind: Record<Kind, { count: number; p50: number; p99: number }>;
  readonly verdictsPosted: number;
  /** Posted verdicts found in the database afterwards (mention, verdict and auditor all as posted). */
  readonly verdictsStored: number;
  /** With duringScan: whether the scan still ran when the last request was answered, and how it ended. */
  readonly scan: {
    readonly runningAtEnd: boolean;
    readonly how: string;
  } | null;
  readonly seconds: number;
  /** The 1-minute load average when the run ended. */
  readonly loadAverage: number;
};

/** Starts `stp-scan serve` (startServer) and gives it with its base URL and token. */
export async function startServerAt(
  db: string,
  auditor: string,
): Promise<{ child: ChildProcess; base: string; token: string }> {
  const { child, url } = await startServer(db, auditor);
  const at = new URL(url);
  return { child, base: at.origin, token: at.searchParams.get("token") ?? "" };
}

/** Stops the server and waits for its exit event (not a signal answered: a killed child may linger unreaped). */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((ok) => {
    const hard = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(hard);
      ok();
    });
    child.kill("SIGTERM");
  });
}

/** What the requests are drawn from: the database's mentions, plans and one word of each plan's passages. */
function readTargets(db: string): {
  ids: string[];
  plans: string[];
} {
  const handle = new Database(db, { readonly: true });
  const ids = handle
    .prepare(
      `SELECT m.mention_id FROM mentions m JOIN documents d ON d.document = m.document
       WHERE d.removed = 0 ORDER BY m.mention_id`,
    )
    .pluck()
    .all() as string[];
  const plans = handle
    .prepare(`SELECT DISTINCT plan_id FROM documents ORDER BY plan_id`)
    .pluck()
    .all() as string[];
  handle.close();
  return { ids, plans };
}

/** The path (and, for a verdict, the body) of request number `n`. */
function requestOf(
  kind: Kind,
  next: () => number,
  targets: { ids: string[]; plans: string[] },
  several: boolean,
): { path: string; body?: { id: string; verdict: string } } {
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(next() * list.length)] as T;
  if (kind === "stats") return { path: "/api/stats" };
  if (kind === "pdf")
    return { path: `/api/pdf/${encodeURIComponent(pick(targets.ids))}` };
  if (kind === "verdict")
    return {
      path: several ? "/api/verdicts" : "/api/verdict",
      body: {
        id: pick(targets.ids),
        verdict: pick(["accepted", "rejected", "accepted", "pending"]),
      },
    };
  const pages = Math.max(1, Math.ceil(targets.ids.length / PAGE_SIZE));
  const q = new URLSearchParams({
    offset: String(PAGE_SIZE * Math.floor(next() * pages)),
  });
  const filter = next();
  // As an analyst uses the list: mostly unfiltered pages, then a plan, pending ones, a concept, words.
  if (filter < 0.1) q.set("plan", pick(targets.plans));
  else if (filter < 0.2) q.set("verdict", "pending");
  else if (filter < 0.25) q.set("concept", "related");
  else if (filter < 0.3) q.set("q", pick(["partners", "contract value"]));
  if (filter < 0.3) q.set("offset", "0");
  return { path: `/api/mentions?${q.toString()}` };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ??
      NaN);

/**
 * One request through node:http (lighter than fetch, so less of the time measured is the client's own); a POST
 * when `body` is given. Rejects on a network error or after REQUEST_TIMEOUT_MS.
 */
function httpRequest(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: string | null,
): Promise<{ status: number; bytes: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(
      url,
      {
        agent,
        method: body === null ? "GET" : "POST",
        headers,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          ok({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }),
        );
        res.on("error", fail);
      },
    );
    req.on("timeout", () =>
      req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)),
    );
    req.on("error", fail);
    req.end(body ?? undefined);
  });
}

/** The body a verdict is posted with: POST /api/verdicts takes a list of ids. */
const verdictBody = (body: { id: string; verdict: string }, several: boolean) =>
  JSON.stringify(several ? { ids: [body.id], verdict: body.verdict } : body);

/** The last event of the app's scan (GET /api/scan/events read to its end), or why it could not be read. */
async function scanEnd(base: string, token: string): Promise<string> {
  try {
    const r = await fetch(`${base}/api/scan/events`, {
      headers: { "x-token": token },
      signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
    });
    const events = (await r.text()).split("\n\n").filter((b) => b !== "");
    const last = JSON.parse(events.at(-1)?.slice("data: ".length) ?? "{}") as {
      how?: string;
      reason?: string | null;
    };
    return `${last.how ?? "?"}${last.reason ? ` (${last.reason})` : ""}`;
  } catch (error) {
    return `not read: ${(error as Error).message}`;
  }
}

/** Starts the app's scan (--force); throws when it cannot. */
async function startScan(base: string, token: string): Promise<void> {
  const r = await fetch(`${base}/api/scan`, {
    method: "POST",
    headers: { "x-token": token, origin: base },
    body: JSON.stringify({ force: true }),
  });
  if (r.status !== 202) throw new Error(`scan: ${r.status} ${await r.text()}`);
}

/** Whether the app's scan runs now. */
async function scanRunning(base: string, token: string): Promise<boolean> {
  const r = await fetch(`${base}/api/scan`, { headers: { "x-token": token } });
  return ((await r.json()) as { running: boolean }).running;
}

/** Verdicts by `auditor` in the database, as "mention verdict" lines, each as often as it is stored. */
function storedVerdicts(db: string, auditor: string): Map<string, number> {
  const handle = new Database(db, { readonly: true });
  const rows = handle
    .prepare(`SELECT mention_id, verdict FROM verdicts WHERE auditor = ?`)
    .all(auditor) as { mention_id: string; verdict: string }[];
  handle.close();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.mention_id} ${r.verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Serves a copy of `source` and sends it `requests` requests from `clients` clients at once; `source` itself is
 * never written. Throws only when the server cannot start; failed requests are counted as errors.
 */
export async function loadServe(
  source: string,
  options: LoadOptions = {},
): Promise<LoadFigures> {
  const requests = options.requests ?? 400;
  const clients = options.clients ?? 16;
  const db = join(tempDir("stp-serve-load-"), "load.sqlite");
  const copy = new Database(source, { readonly: true });
  await copy.backup(db);
  copy.close();
  const targets = readTargets(db);
  const auditor = `load-${process.pid}`;
  const server = await startServerAt(db, auditor);
  const next = seededRandom(400);
  const several = options.duringScan === true;
  const plan = Array.from({ length: requests }, (_, n) =>
    requestOf(MIX[n % MIX.length] as Kind, next, targets, several),
  );
  const times: { kind: Kind; ms: number }[] = [];
  const posted: string[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let taken = 0;
  // One connection a client, kept open between its requests, as a browser tab keeps its connections.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  if (several) await startScan(server.base, server.token);
  const started = performance.now();
  const deadline = started + RUN_TIMEOUT_MS;
  const client = async () => {
    while (taken < plan.length && performance.now() < deadline) {
      const n = taken++;
      const { path, body } = plan[n] as (typeof plan)[number];
      const kind = MIX[n % MIX.length] as Kind;
      const at = performance.now();
      try {
        const r = await httpRequest(
          agent,
          `${server.base}${path}`,
          {
            "x-token": server.token,
            ...(body === undefined
              ? {}
              : { origin: server.base, "content-type": "application/json" }),
          },
          body === undefined ? null : verdictBody(body, several),
        );
        times.push({ kind, ms: performance.now() - at });
        if (r.status !== 200 || r.bytes.length === 0)
          throw new Error(`${r.status} ${r.bytes.toString()}`);
        if (body !== undefined) posted.push(`${body.id} ${body.verdict}`);
      } catch (error) {
        errors++;
        const e = error as Error & { cause?: unknown };
        firstError ??= `${path}: ${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ""}`;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const scan = several
    ? {
        runningAtEnd: await scanRunning(server.base, server.token),
        how: await scanEnd(server.base, server.token),
      }
    : null;
  await stopServer(server.child);
  const stored = storedVerdicts(db, auditor);
  let verdictsStored = 0;
  for (const key of posted) {
    const left = stored.get(key) ?? 0;
    if (left > 0) {
      verdictsStored++;
      stored.set(key, left - 1);
    }
  }
  const figures = (ms: number[]) => ms.sort((a, b) => a - b);
  const all = figures(times.map((t) => t.ms));
  const byKind = Object.fromEntries(
    (["list", "stats", "pdf", "verdict"] as const).map((k) => {
      const ms = figures(times.filter((t) => t.kind === k).map((t) => t.ms));
      return [
        k,
        {
          count: ms.length,
          p50: percentile(ms, 0.5),
          p99: percentile(ms, 0.99),
        },
      ];
    }),
  ) as LoadFigures["byKind"];
  return {
    mentions: targets.ids.length,
    requests: taken,
    clients,
    errors: errors + (plan.length - taken),
    firstError,
    p50: percentile(all, 0.5),
    p95: percentile(all, 0.95),
    p99: percentile(all, 0.99),
    max: all[all.length - 1] ?? NaN,
    byKind,
    verdictsPosted: posted.length,
    verdictsStored,
    scan,
    seconds,
    loadAverage: loadavg()[0] ?? NaN,
  };
}

/** The figures as one row of the bench's table. */
export function loadRow(name: string, f: LoadFigures): Record<string, string> {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return {
    database: name,
    mentions: String(f.mentions),
    "requests (clients)": `${f.requests} (${f.clients})`,
    errors: String(f.errors),
    p50: ms(f.p50),
    p95: ms(f.p95),
    p99: `${ms(f.p99)} (<= ${f.mentions > 1000 || f.scan !== null ? 300 : 100} ms)`,
    max: ms(f.max),
    "p99 list / pdf / verdict": `${ms(f.byKind.list.p99)} / ${ms(f.byKind.pdf.p99)} / ${ms(f.byKind.verdict.p99)}`,
    "verdicts stored": `${f.verdictsStored} of ${f.verdictsPosted}`,
    ...(f.scan === null
      ? {}
      : {
          scan: `${f.scan.runningAtEnd ? "ran past the last request" : "ended before the last request"}; ${f.scan.how}`,
        }),
    "load average": f.loadAverage.toFixed(2),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args[i + 1];
  };
  const db = value("--db");
  if (db === undefined) {
    process.stderr.write(
      "usage: node dist/tests/bench/serve-load.js --db FILE [--requests 400] [--clients 16] [--during-scan]\n",
    );
    process.exit(2);
  }
  const figures = await loadServe(resolve(db), {
    requests: Number(value("--requests") ?? 400),
    clients: Number(value("--clients") ?? 16),
    duringScan: args.includes("--during-scan"),
  });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.exitCode =
    figures.errors === 0 && figures.verdictsStored === figures.verdictsPosted
      ? 0
      : 1;
}
