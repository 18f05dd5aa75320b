import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  CLI_BUNDLE,
  describeUnlessMissing,
  missingShared,
  SHARED,
  tempDir,
} from "../helpers.js";
import { runCli } from "./run-cli.js";

// The double-coding study of docs/auditing.md, scripted on ../shared/stp-corpus: ann walks every mention on the
// terminal, bob walks a sample drawn for him, blind, each answering by a rule of his own; `audit agreement` then
// gives the table their rules imply, worked out here from the mentions themselves.

const HEADLINE = new Set([
  "social-value",
  "social-value-act",
  "public-services-social-value-act",
]);

/** ann: a heading is a heading; the Act is the Act; other headline mentions commitments; related ones rejected. */
function annSays(term: string, location: string): string {
  if (!HEADLINE.has(term)) return "r";
  if (location === "heading") return "4";
  return term === "social-value" ? "1" : "2";
}

/** bob: as ann, but a headline mention in a table is apparatus (contents), and a related one in a list counts. */
function bobSays(term: string, location: string): string {
  if (HEADLINE.has(term) && location === "table") return "5";
  if (!HEADLINE.has(term) && location === "list") return "a";
  return annSays(term, location);
}

/** What a key gives: its verdict and the category of the confusion table (the code, else "<verdict>, no code"). */
const KEYS: Record<string, readonly [string, string]> = {
  "1": ["accepted", "commitment"],
  "2": ["accepted", "act"],
  "4": ["rejected", "heading"],
  "5": ["rejected", "contents"],
  a: ["accepted", "accepted, no code"],
  r: ["rejected", "rejected, no code"],
};

/**
 * Walks `audit` as `auditor`, answering each mention shown with `say(term, location)` read off its line, until
 * nothing is left; resolves with everything the walk printed.
 */
function walk(
  db: string,
  auditor: string,
  say: (term: string, location: string) => string,
): Promise<string> {
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, "audit", "--db", db, "--auditor", auditor],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let out = "";
  let answered = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("nothing left to judge")) child.stdin.end();
    else if (out.split("\n> ").length - 1 > answered && out.endsWith("> ")) {
      const block = out.slice(out.lastIndexOf("\n── "));
      const [, term, location] =
        / · ([a-z-]+) \((?:headline|related)\) · ([a-z]+)/.exec(block) ?? [];
      answered++;
      child.stdin.write(`${say(term ?? "", location ?? "")}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`audit exited ${code}`)),
    );
  });
}

type Mention = { mention_id: string; term_id: string; location: string };

describeUnlessMissing(
  missingShared("stp-corpus/truth.json"),
  "a double-coding study walked through on ../shared/stp-corpus",
  () => {
    const root = join(SHARED, "stp-corpus");
    const db = join(tempDir(), "stp.sqlite");
    beforeAll(() => {
      const ocr = runCli(["scan", "--help"]).stdout.includes("--ocr")
        ? ["--ocr", "off"]
        : [];
      expect(
        runCli(["scan", "--corpus", root, "--db", db, "--quiet", ...ocr])
          .status,
      ).toBe(0);
    }, 600_000);

    it("two auditors' walks give the agreement table their rules imply", async () => {
      const mentions = JSON.parse(
        runCli(["mentions", "--db", db, "--format", "json"]).stdout,
      ) as Mention[];
      const annWalk = await walk(db, "ann", annSays);
      expect(annWalk).toContain(
        `${mentions.length} verdicts this session. audited:`,
      );
      const sample = JSON.parse(
        runCli([
          "audit",
          "sample",
          "--auditor",
          "bob",
          "--share",
          "0.2",
          "--seed",
          "2016",
          "--json",
          "--db",
          db,
        ]).stdout,
      ) as { mentions: string[]; population: number };
      // 20% of the mentions, rounded up.
      expect(sample.mentions).toHaveLength(Math.ceil(0.2 * sample.population));
      const bobWalk = await walk(db, "bob", bobSays);
      expect(bobWalk).not.toContain("ann");
      expect(bobWalk).toContain(
        `${sample.mentions.length} verdicts this session; ${sample.mentions.length} of the ${sample.mentions.length} mentions of bob's sample judged`,
      );

      // What the two rules make of bob's sample: each pair of categories, and the verdicts' two-by-two table.
      const drawn = mentions.filter((m) =>
        sample.mentions.includes(m.mention_id),
      );
      const keyOf = (key: string) => KEYS[key] ?? ["", ""];
      const pairs = drawn.map(
        (m) =>
          [
            keyOf(annSays(m.term_id, m.location)),
            keyOf(bobSays(m.term_id, m.location)),
          ] as const,
      );
      const n = pairs.length;
      const agreed = pairs.filter(([a, b]) => a[0] === b[0]).length;
      const share = (who: 0 | 1, v: string) =>
        pairs.filter((p) => p[who][0] === v).length / n;
      const pe =
        share(0, "accepted") * share(1, "accepted") +
        share(0, "rejected") * share(1, "rejected");
      const categories = [...new Set(pairs.flat().map((k) => k[1]))].sort();
      const agreement = JSON.parse(
        runCli(["audit", "agreement", "--json", "--db", db]).stdout,
      );
      expect(agreement).toMatchObject({
        auditors: ["ann", "bob"],
        both: n,
        agreed,
        pairs: [
          {
            notIndependent: 0,
            confusion: {
              categories,
              counts: categories.map((i) =>
                categories.map(
                  (j) =>
                    pairs.filter(([a, b]) => a[1] === i && b[1] === j).length,
                ),
              ),
            },
          },
        ],
      });
      expect(agreed).toBeLessThan(n);
      expect(agreement.kappa).toBeCloseTo((agreed / n - pe) / (1 - pe), 10);
      expect(agreement.disagreements).toHaveLength(n - agreed);
      const text = runCli(["audit", "agreement", "--db", db]).stdout;
      expect(text).toContain(
        `ann and bob both judged ${n} mentions; they agree on ${agreed} (`,
      );
      expect(text).toContain("Krippendorff's alpha (nominal): ");
      expect(text).toContain("reasons of ann (rows) and bob (columns):");
    }, 600_000);
  },
);
