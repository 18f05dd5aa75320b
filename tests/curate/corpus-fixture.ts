import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { openDatabase, readDocuments } from "../../pipeline/store/index.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { CLI_BUNDLE, tempDir } from "../helpers.js";

/** A two-plan corpus, scanned into a database outside it; `incoming` is a folder for files to add. */
export function scannedCorpus() {
  const root = writeCorpus([
    {
      plan: "alder-vale",
      path: "plans/alder-vale/plan.pdf",
      bytes: makePdf([textPage("We apply the Social Value Act.")]),
    },
    {
      plan: "birch-coast",
      path: "plans/birch-coast/plan.pdf",
      bytes: makePdf([textPage("Social care only.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  const scan = runCli(["scan", "--corpus", root, "--db", db, "--quiet"]);
  if (scan.status !== 0) throw new Error(`scan failed: ${scan.stderr}`);
  return { root, db, incoming: tempDir("stp-scan-incoming-") };
}

/** Writes a file to add and returns its path. */
export function incomingFile(
  folder: string,
  name: string,
  bytes: Uint8Array | string,
): string {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

/** A readable PDF whose bytes differ with `words`. */
export const pdfSaying = (...words: string[]) =>
  makePdf(words.map((w) => textPage(w)));

/** `stp-scan add` on the corpus and database. */
export const add = (c: { root: string; db: string }, ...args: string[]) =>
  runCli(["add", ...args, "--corpus", c.root, "--db", c.db]);

/** The CLI with extra environment (the crash hook). */
export function runCliWithEnv(
  args: readonly string[],
  env: Record<string, string>,
) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** Every file under root with its sha256 (lock and temp files included, so that leftovers show). */
export function fileTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        out.push(`${relative(root, full)}/`);
        walk(full);
      } else
        out.push(
          `${relative(root, full)} ${createHash("sha256").update(readFileSync(full)).digest("hex").slice(0, 12)}`,
        );
    }
  };
  walk(root);
  return out;
}

/** The database's documents as `path status pages`, or [] when there is no database. */
export function scannedDocuments(db: string): string[] {
  if (!existsSync(db)) return [];
  const store = openDatabase(db, { mustExist: true });
  try {
    return readDocuments(store).map(
      (d) => `${d.document} ${d.status} ${d.pages}`,
    );
  } finally {
    store.close();
  }
}

/** Everything an add may change: files, manifest bytes, database documents. */
export const corpusState = (c: { root: string; db: string }) => ({
  files: fileTree(c.root),
  manifest: readFileSync(join(c.root, "manifest.csv"), "latin1"),
  documents: scannedDocuments(c.db),
});
