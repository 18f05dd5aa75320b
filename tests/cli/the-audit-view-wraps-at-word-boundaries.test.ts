import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

type Mention = {
  mention_id: string;
  left_context_raw: string;
  surface_raw: string;
  right_context_raw: string;
};

describe("the terminal audit view wraps its lines at word boundaries, at any width", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([["80"], ["50"]])(
    "at %s columns no line is wider, and the passage's words stay whole",
    (columns) => {
      // "w" doubles the context, so the passage is long enough to need several lines at 80 columns.
      const r = runCli(["audit", "--db", db, "--auditor", "ann"], {
        input: "w\nq\n",
        env: { COLUMNS: columns },
      });
      expect(r.status).toBe(0);
      // A piped answer is not echoed, so what follows a prompt shares its line; on a terminal the answer ends it.
      const lines = r.stdout.split("\n").map((l) => l.replace(/^> /, ""));
      expect(lines.filter((l) => l.length > Number(columns))).toEqual([]);

      const id = /·\s+(m[0-9a-f]{15})/.exec(r.stdout)?.[1];
      const mention = (
        JSON.parse(
          runCli([
            "mentions",
            "--db",
            db,
            "--format",
            "json",
            "--context",
            "16",
          ]).stdout,
        ) as Mention[]
      ).find((m) => m.mention_id === id);
      expect(mention).not.toBeUndefined();
      const words = new Set(
        `${mention?.left_context_raw} ${mention?.surface_raw} ${mention?.right_context_raw}`.split(
          /\s+/,
        ),
      );
      // The wider passage is the second one shown: from its "…" to the line before the key help.
      const start = lines.findLastIndex((l) => l.startsWith("   …"));
      const end = lines.findIndex((l, i) => i > start && l === "");
      const shown = lines
        .slice(start, end)
        .join(" ")
        .replace(/\[\[|\]\]|…/g, " ")
        .split(/\s+/)
        .filter((w) => w !== "");
      expect(shown.length).toBeGreaterThan(10);
      expect(shown.filter((w) => !words.has(w))).toEqual([]);
      expect(end - start).toBeGreaterThan(1);
    },
  );
});
