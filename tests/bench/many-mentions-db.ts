// A database with many mentions for the browser audit's load test (issue 18): a generated corpus of text PDFs
// (the project's fixture writer), each page a plan's prose with ten mentions among other lines, scanned by the
// real `stp-scan scan`. Real pages and real contexts, so the list works out contexts as it does on real plans.
// Alone: `node dist/tests/bench/many-mentions-db.js OUT.sqlite [MENTIONS]`.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeCorpus, type FixtureDoc } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { seededRandom } from "../robustness/robustness-corpus.js";

const MENTIONS_PER_PAGE = 10;
const PAGES_PER_DOCUMENT = 25;
const PHRASES = [
  "social value",
  "Social Value Act",
  "social enterprise",
  "community benefit",
  "social return on investment",
];
const OPENINGS = [
  "Our partners will measure",
  "The estates programme reports",
  "Primary care networks add",
  "Each provider publishes its",
  "The workforce strategy sets out",
  "Local authorities judge",
  "Commissioners will weigh",
  "The digital programme tracks",
];
const ENDINGS = [
  "in every contract we let this year.",
  "across the footprint by 2021.",
  "for people who use our services.",
  "as the board agreed in March.",
  "alongside quality and cost.",
  "with the voluntary sector.",
];
const FILLER = [
  "Waiting times for planned care remain above the national standard.",
  "The finance plan closes the gap over five years.",
  "Mental health services move closer to home.",
  "We will share records between hospitals and general practice.",
];

/** One page: ten lines with one mention each, the filler between them, page number `pageNumber` at the foot. */
function pageLines(next: () => number, pageNumber: number): string[] {
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(next() * list.length)] as T;
  const lines: string[] = [];
  for (let i = 0; i < MENTIONS_PER_PAGE; i++) {
    lines.push(`${pick(OPENINGS)} ${pick(PHRASES)} ${pick(ENDINGS)}`);
    lines.push(pick(FILLER), "");
  }
  lines.push(`Page ${pageNumber}`);
  return lines;
}

/** A corpus with `mentions` mentions (a multiple of 250: ten a page, 25 pages a document, one document a plan). */
export function writeManyMentionsCorpus(mentions: number): string {
  const next = seededRandom(18);
  const perDocument = MENTIONS_PER_PAGE * PAGES_PER_DOCUMENT;
  const docs: FixtureDoc[] = Array.from(
    { length: Math.ceil(mentions / perDocument) },
    (_, i) => {
      const plan = `plan-${String(i + 1).padStart(3, "0")}`;
      return {
        plan,
        path: `plans/${plan}/${plan}-stp.pdf`,
        bytes: makePdf(
          Array.from({ length: PAGES_PER_DOCUMENT }, (_, p) =>
            textPage(...pageLines(next, p + 1)),
          ),
        ),
      };
    },
  );
  return writeCorpus(docs, tempDir("stp-many-mentions-"));
}

/** Writes the corpus and scans it into `db` with the stp-scan CLI; returns the number of mentions stored. */
export function manyMentionsDb(db: string, mentions = 10_000): number {
  const corpus = writeManyMentionsCorpus(mentions);
  const r = runCli([
    "scan",
    "--corpus",
    corpus,
    "--db",
    db,
    "--ocr",
    "off",
    "--json",
  ]);
  if (r.status !== 0)
    throw new Error(`scan of ${corpus} failed (exit ${r.status}): ${r.stderr}`);
  return (JSON.parse(r.stdout) as { mentions: number }).mentions;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [out, count] = process.argv.slice(2);
  if (out === undefined) {
    process.stderr.write(
      "usage: node dist/tests/bench/many-mentions-db.js OUT.sqlite [MENTIONS]\n",
    );
    process.exit(2);
  }
  const start = performance.now();
  const stored = manyMentionsDb(resolve(out), Number(count ?? 10_000));
  process.stdout.write(
    `${out}: ${stored} mentions in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
  );
}
