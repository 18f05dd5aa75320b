// The audit app on a database file, in this process, for the tests of what it answers (issue 18); other
// processes (the CLI through runCli) write the same file meanwhile.
import type { AddressInfo } from "node:net";
import { openDatabase } from "../../pipeline/store/index.js";
import { createAuditServer } from "../../pipeline/serve/index.js";

export type Served = {
  /** GET `path`: the status and the body as text (a PDF as latin1, byte for byte). */
  readonly get: (path: string) => Promise<{ status: number; body: string }>;
  /** POST a verdict: the status, the answer and its Retry-After header (null without one). */
  readonly post: (
    body: object,
  ) => Promise<{ status: number; body: string; retryAfter: string | null }>;
  readonly close: () => Promise<void>;
};

/**
 * Serves `dbFile` on 127.0.0.1 (any free port) as `stp-scan serve --auditor auditor [--blind]` would;
 * `busyTimeoutMs` shortens how long a write waits for another program's, for the tests of a busy database.
 */
export async function serveInProcess(
  dbFile: string,
  auditor = "web-tester",
  busyTimeoutMs?: number,
  blind = false,
): Promise<Served> {
  const db = openDatabase(dbFile, { mustExist: true });
  if (busyTimeoutMs !== undefined) db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const { server, token } = createAuditServer({
    db,
    auditor,
    threshold: 3,
    port: 0,
    blind,
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const answer = async (r: Response) => ({
    status: r.status,
    body: Buffer.from(await r.arrayBuffer()).toString("latin1"),
  });
  return {
    get: async (path) =>
      answer(await fetch(`${base}${path}`, { headers: { "x-token": token } })),
    post: async (body) => {
      const r = await fetch(`${base}/api/verdict`, {
        method: "POST",
        headers: {
          "x-token": token,
          origin: base,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
      });
      return { ...(await answer(r)), retryAfter: r.headers.get("retry-after") };
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          ok();
        });
      }),
  };
}

/** The list's JSON answer for `query` (e.g. "verdict=accepted"). */
export async function listed(
  served: Served,
  query = "",
): Promise<{
  total: number;
  rows: { id: string; left: string; right: string; verdict: string }[];
  plans: string[];
}> {
  const r = await served.get(`/api/mentions?${query}`);
  if (r.status !== 200) throw new Error(`list: ${r.status} ${r.body}`);
  return JSON.parse(r.body) as Awaited<ReturnType<typeof listed>>;
}
