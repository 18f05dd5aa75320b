import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runCli } from "../cli/run-cli.js";
import {
  describeUnlessMissing,
  missingShared,
  SHARED,
  tempDir,
} from "../helpers.js";

// Issue 16's acceptance test: on ../shared/stp-corpus (labelled under spec v1.1, so scanned with --ocr off when
// the scan has that option), `search "social value"` finds exactly the truth's social-value, social-value-act
// and public-services-social-value-act mentions per document and page, and so does `search "social valu*"`.

type TruthDoc = {
  path: string;
  status: string;
  mentions_by_page: Record<string, Record<string, number>> | null;
};

const HEADLINE = [
  "social-value",
  "social-value-act",
  "public-services-social-value-act",
];
const root = join(SHARED, "stp-corpus");

describeUnlessMissing(
  missingShared("stp-corpus/truth.json"),
  "search on ../shared/stp-corpus finds what truth.json labels",
  () => {
    const truth = JSON.parse(
      readFileSync(join(root, "truth.json"), "utf8"),
    ) as { documents: TruthDoc[] };
    const db = join(tempDir(), "stp.sqlite");

    beforeAll(() => {
      const help = runCli(["scan", "--help"]).stdout;
      const ocr = help.includes("--ocr") ? ["--ocr", "off"] : [];
      expect(
        runCli(["scan", "--corpus", root, "--db", db, "--quiet", ...ocr])
          .status,
      ).toBe(0);
    }, 600_000);

    /** "document pN" → places, from search's CSV. */
    const placesOf = (...args: string[]) => {
      const r = runCli(["search", ...args, "--db", db, "--format", "csv"]);
      expect(r.status).toBe(0);
      const got = new Map<string, number>();
      for (const row of parse<Record<string, string>>(r.stdout, {
        bom: true,
        columns: true,
      })) {
        const key = `${row.document} p${row.page}`;
        got.set(key, (got.get(key) ?? 0) + 1);
      }
      return got;
    };

    // Readable, counted documents: a duplicate's pages are its original's, and search reads them once.
    const want = new Map<string, number>();
    for (const d of truth.documents.filter(
      (d) => d.status === "ok" || d.status === "partial-text",
    ))
      for (const [page, terms] of Object.entries(d.mentions_by_page ?? {})) {
        const n = HEADLINE.reduce((sum, t) => sum + (terms[t] ?? 0), 0);
        if (n > 0) want.set(`${d.path} p${page}`, n);
      }
    const sorted = (m: Map<string, number>) => [...m].sort();

    it('search "social value" finds every headline mention, and only those, per document and page', () => {
      expect([...want.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
      expect(sorted(placesOf("social value"))).toEqual(sorted(want));
    });

    it('search "social valu*" finds the same places', () => {
      expect(sorted(placesOf("social valu*"))).toEqual(sorted(want));
    });

    it("a phrase broken by a full stop does not match, where the unbroken one does", () => {
      const r = runCli(["search", "--regex", "social\\. value", "--db", db]);
      expect(r.status).toBe(0);
      const broken = runCli(["search", "social. value", "--db", db]);
      expect([broken.status, broken.stderr]).toEqual([
        2,
        expect.stringMatching(/punctuation that would break it/),
      ]);
      // Every "social. value" in the corpus (a planted decoy) is left out of the phrase search.
      const decoys = parse<Record<string, string>>(
        runCli([
          "search",
          "--regex",
          "social\\.\\s+value",
          "--db",
          db,
          "--format",
          "csv",
        ]).stdout,
        { bom: true, columns: true },
      );
      expect(decoys.length).toBeGreaterThan(0);
      const phrase = placesOf("social value");
      for (const d of decoys)
        expect(phrase.get(`${d.document} p${d.page}`) ?? 0).toBe(
          want.get(`${d.document} p${d.page}`) ?? 0,
        );
    });
  },
);
