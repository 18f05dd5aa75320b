// The workbench's API on a scanned copy of the demo corpus, in this process, for the tests that compare each
// route with the command it stands for; the CLI (runCli) reads the same database file.
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { openDatabase } from "../../pipeline/store/index.js";
import {
  createAuditServer,
  type ServeOptions,
} from "../../pipeline/serve/index.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";

/** A database of the demo corpus scanned with `--ocr off`, one mention rejected; its file and its corpus. */
export function scanDemoCorpus(): { db: string; corpus: string } {
  const corpus = tempDir("stp-scan-demo-");
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  const scanned = runCli([
    "scan",
    "--corpus",
    corpus,
    "--db",
    db,
    "--ocr",
    "off",
  ]);
  if (scanned.status !== 0) throw new Error(`scan: ${scanned.stderr}`);
  const listed = JSON.parse(
    runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
  ) as { mention_id: string; headline: boolean }[];
  const first = listed.find((m) => m.headline)?.mention_id ?? "";
  const judged = runCli(["audit", "reject", first, "--db", db]);
  if (judged.status !== 0) throw new Error(`audit: ${judged.stderr}`);
  return { db, corpus };
}

/** An answer as the tests read it. */
export type Answer = {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
};

export type Workbench = {
  readonly base: string;
  readonly token: string;
  /** GET `path` with the token as `Authorization: Bearer` (or the headers given instead). */
  readonly get: (
    path: string,
    headers?: Readonly<Record<string, string>>,
  ) => Promise<Answer>;
  /** GET `path` and its JSON, failing on any status but 200. */
  readonly json: <T>(path: string) => Promise<T>;
  /** POST `body` to `path` with the token and this origin (or the headers given instead). */
  readonly post: (
    path: string,
    body: string,
    headers?: Readonly<Record<string, string>>,
  ) => Promise<Answer>;
  /** Any request (PUT, DELETE, a multipart POST) with the token and this origin. */
  readonly send: (
    method: string,
    path: string,
    body?: string | FormData,
  ) => Promise<Answer>;
  readonly close: () => Promise<void>;
};

/** The JSON of an answer's body, read as UTF-8. */
export const jsonOf = <T>(a: Answer): T =>
  JSON.parse(Buffer.from(a.body, "latin1").toString("utf8")) as T;

/** Serves `dbFile` as `stp-scan serve --db dbFile` would, on any free port of 127.0.0.1. */
export async function serveWorkbench(
  dbFile: string,
  options: Partial<
    Pick<ServeOptions, "searchSeconds" | "outputDir" | "uploadMaxBytes">
  > = {},
): Promise<Workbench> {
  const db = openDatabase(dbFile, { mustExist: true });
  const { server, token } = createAuditServer({
    db,
    dbFile,
    auditor: "web-tester",
    threshold: 1,
    port: 0,
    outputDir: options.outputDir ?? tempDir(),
    ...(options.searchSeconds === undefined
      ? {}
      : { searchSeconds: options.searchSeconds }),
    ...(options.uploadMaxBytes === undefined
      ? {}
      : { uploadMaxBytes: options.uploadMaxBytes }),
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const read = async (r: Response): Promise<Answer> => ({
    status: r.status,
    body: Buffer.from(await r.arrayBuffer()).toString("latin1"),
    headers: r.headers,
  });
  const bearer = { authorization: `Bearer ${token}` };
  const get = async (
    path: string,
    headers: Readonly<Record<string, string>> = bearer,
  ) => read(await fetch(`${base}${path}`, { headers }));
  return {
    base,
    token,
    get,
    json: async <T>(path: string) => {
      const r = await get(path);
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body}`);
      return JSON.parse(Buffer.from(r.body, "latin1").toString("utf8")) as T;
    },
    post: async (path, body, headers = { ...bearer, origin: base }) =>
      read(await fetch(`${base}${path}`, { method: "POST", headers, body })),
    send: async (method, path, body) =>
      read(
        await fetch(`${base}${path}`, {
          method,
          headers: { ...bearer, origin: base },
          ...(body === undefined ? {} : { body }),
        }),
      ),
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

/** A CLI command's JSON on stdout, failing on a non-zero exit. */
export function cliJson<T>(args: readonly string[]): T {
  const r = runCli(args);
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * The demo corpus scanned and served for the tests of one describe block (beforeAll, afterAll): `served()` and
 * `db()` once it is up.
 */
export function servedDemo(): {
  served: () => Workbench;
  db: () => string;
  corpus: () => string;
} {
  let db = "";
  let corpus = "";
  let served: Workbench | null = null;
  beforeAll(async () => {
    ({ db, corpus } = scanDemoCorpus());
    served = await serveWorkbench(db);
  }, 300_000);
  afterAll(() => served?.close());
  return {
    served: () => {
      if (served === null) throw new Error("the workbench is not served");
      return served;
    },
    db: () => db,
    corpus: () => corpus,
  };
}

/** An upload for POST /api/documents: `bytes` named `name`, with the form's other fields. */
export function upload(
  name: string,
  bytes: Uint8Array,
  fields: Record<string, string>,
): FormData {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type: "application/pdf" }), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** The rows of `export mentions --format json` for `db`. */
export const exportedMentions = <T>(db: string): T[] =>
  cliJson<T[]>(["export", "mentions", "--db", db, "--format", "json"]);
