import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { runCli } from "../cli/run-cli.js";
import {
  describeUnlessMissing,
  missingShared,
  SHARED,
  tempDir,
} from "../helpers.js";

// Issue 17: the location worked out for each mention agrees with truth.json's planted_mentions[].context (body,
// table, list, heading, footnote) for at least 95% of the planted mentions in the text layer. Only the documents
// holding planted mentions are scanned (copied, whole, to a temporary corpus): their other pages decide the
// running lines and the body text size.

type Planted = {
  doc: string;
  page: number;
  term: string;
  context: string;
  surface: string;
  in_text_layer: boolean;
};

describeUnlessMissing(
  missingShared("stp-corpus/truth.json"),
  "locations on ../shared/stp-corpus agree with truth.json's contexts",
  () => {
    it("agrees on at least 95% of planted mentions, and prints the confusion table", () => {
      const root = join(SHARED, "stp-corpus");
      const truth = JSON.parse(readFileSync(join(root, "truth.json"), "utf8"))
        .planted_mentions as Planted[];
      const planted = truth.filter((p) => p.in_text_layer);
      const docs = new Set(planted.map((p) => p.doc));
      const copy = tempDir();
      const manifest = readFileSync(join(root, "manifest.csv"), "utf8").split(
        /\r?\n/,
      );
      const pathColumn = (manifest[0] ?? "").split(",").indexOf("path");
      writeFileSync(
        join(copy, "manifest.csv"),
        manifest
          .filter(
            (line, i) => i === 0 || docs.has(line.split(",")[pathColumn] ?? ""),
          )
          .join("\n") + "\n",
      );
      for (const doc of docs) {
        mkdirSync(dirname(join(copy, doc)), { recursive: true });
        copyFileSync(join(root, doc), join(copy, doc));
      }
      const db = join(tempDir(), "stp.sqlite");
      const help = runCli(["scan", "--help"]).stdout;
      const ocr = help.includes("--ocr") ? ["--ocr", "off"] : [];
      expect(
        runCli(["scan", "--corpus", copy, "--db", db, "--quiet", ...ocr])
          .status,
      ).toBe(0);
      const out = runCli(["export", "mentions", "--db", db, "--format", "csv"]);
      expect(out.status).toBe(0);
      const rows = parse<Record<string, string>>(out.stdout, {
        bom: true,
        columns: true,
      });

      // Each planted mention takes the first stored mention of its document, page and term not taken yet.
      const taken = new Set<string>();
      const confusion = new Map<string, number>();
      const wrong: string[] = [];
      for (const p of planted) {
        const row = rows.find(
          (r) =>
            r.document === p.doc &&
            Number(r.page) === p.page &&
            r.term_id === p.term &&
            !taken.has(r.mention_id as string),
        );
        const got = row?.location ?? "(not found)";
        if (row !== undefined) taken.add(row.mention_id as string);
        const key = `${p.context}\u0000${got}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (got !== p.context)
          wrong.push(
            `${p.doc} p${p.page} "${p.surface}": ${p.context} read as ${got}`,
          );
      }
      const found = [
        ...new Set(
          [...confusion.keys()].map((k) => k.split("\u0000")[1] as string),
        ),
      ].sort();
      const labels = [...new Set(planted.map((p) => p.context))].sort();
      const table = [
        ["truth \\ found", ...found].map((c) => c.padEnd(12)).join(" "),
        ...labels.map((t) =>
          [t, ...found.map((f) => String(confusion.get(`${t}\u0000${f}`) ?? 0))]
            .map((c) => c.padEnd(12))
            .join(" "),
        ),
      ].join("\n");
      const agree = planted.length - wrong.length;
      console.log(
        `location agreement with truth.json: ${agree}/${planted.length} (${((100 * agree) / planted.length).toFixed(1)}%)\n${table}${wrong.length > 0 ? `\ndisagreements:\n  ${wrong.join("\n  ")}` : ""}`,
      );
      expect(planted.length).toBeGreaterThan(50);
      expect(agree / planted.length).toBeGreaterThanOrEqual(0.95);
    }, 600_000);
  },
);
