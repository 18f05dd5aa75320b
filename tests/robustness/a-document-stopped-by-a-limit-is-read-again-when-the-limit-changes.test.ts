import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

/** Each document's status and stored error. */
function documents(db: string): Record<string, [string, string | null]> {
  const handle = new Database(db, { readonly: true });
  try {
    const rows = handle
      .prepare(
        "SELECT document, status, error FROM documents ORDER BY document",
      )
      .all() as { document: string; status: string; error: string | null }[];
    return Object.fromEntries(
      rows.map((r) => [r.document, [r.status, r.error]]),
    );
  } finally {
    handle.close();
  }
}

function corpus(): string {
  return writeCorpus([
    {
      plan: "p1",
      path: "plans/p1/plan.pdf",
      bytes: makePdf([textPage("We add social value in every contract.")]),
    },
  ]);
}

const scan = (root: string, db: string, ...args: string[]) =>
  runCli(["scan", "--corpus", root, "--db", db, "--jobs", "1", ...args]);

describe("a document the scan gave up on is read again when the limit that stopped it changes", () => {
  it("stopped by --timeout: the same limit keeps it, a raised one (given or remembered) reads it", () => {
    const root = corpus();
    const db = join(tempDir(), "db.sqlite");
    expect(scan(root, db, "--timeout", "0.001").status).toBe(0);
    expect(documents(db)["plans/p1/plan.pdf"]?.[0]).toBe("timeout");
    // Unchanged settings (remembered by the database): nothing new to learn, so it is not read again.
    const same = scan(root, db, "--json");
    expect(same.status).toBe(0);
    expect(documents(db)["plans/p1/plan.pdf"]?.[0]).toBe("timeout");
    expect(scan(root, db, "--timeout", "60").status).toBe(0);
    expect(documents(db)).toEqual({ "plans/p1/plan.pdf": ["ok", null] });
  });

  it("stopped by --max-memory: a raised limit reads it", () => {
    const root = corpus();
    const db = join(tempDir(), "db.sqlite");
    // pdf.js alone needs more than 2 MB of heap, so the worker runs out of memory on any document.
    expect(scan(root, db, "--max-memory", "2").status).toBe(0);
    expect(documents(db)["plans/p1/plan.pdf"]?.[0]).toBe("too-large");
    expect(scan(root, db, "--max-memory", "512").status).toBe(0);
    expect(documents(db)).toEqual({ "plans/p1/plan.pdf": ["ok", null] });
  });
});
