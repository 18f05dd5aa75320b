import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import {
  pageTokens,
  suggestPhrases,
  type SuggestPage,
} from "../explore/index.js";
import { compileLexicon, matchPage } from "../match/index.js";
import { readMentions, readTerms, type Db } from "../store/index.js";
import { emitRows, FORMAT_OPTION, round4 } from "./explore-output.js";
import { runCommand, UsageError } from "./fatal.js";
import { openExisting } from "./output.js";
import { loadVocabulary } from "./explore-data.js";
import { readStoredPage } from "../store/index.js";

/** Every page of the corpus with the concept's mentions on it: accepted ones when any is accepted, else all. */
function conceptPages(
  db: Db,
  concept: string,
): { pages: SuggestPage[]; basis: string } {
  const stored = readMentions(db);
  const known = new Map<string, { start: number; end: number }[]>();
  for (const m of stored) {
    const key = `${m.document}\u0000${m.page}`;
    known.set(key, [...(known.get(key) ?? []), { start: m.start, end: m.end }]);
  }
  const mentions = stored.filter((m) => m.concept === concept);
  if (mentions.length === 0)
    throw new UsageError(
      `--concept "${concept}": no stored mention has this concept`,
    );
  const accepted = mentions.filter((m) => m.verdict === "accepted");
  const used = accepted.length > 0 ? accepted : mentions;
  const byPage = new Map<string, { start: number; end: number }[]>();
  for (const m of used) {
    const key = `${m.document}\u0000${m.page}`;
    byPage.set(key, [
      ...(byPage.get(key) ?? []),
      { start: m.start, end: m.end },
    ]);
  }
  const pages = loadVocabulary(db, []).map((r) => ({
    plan: r.plan,
    document: r.document,
    page: r.page,
    tokens: pageTokens(readStoredPage(db, r.sha256, r.page) ?? ""),
    mentions: byPage.get(`${r.document}\u0000${r.page}`) ?? [],
    known: known.get(`${r.document}\u0000${r.page}`) ?? [],
  }));
  return {
    pages,
    basis:
      accepted.length > 0
        ? `${used.length} accepted mentions`
        : `all ${used.length} mentions`,
  };
}

/** `stp-scan suggest [--concept social-value] [--window 5] [--min-count 3] [--top 30]` */
export function suggestCommand(yargs: Argv): Argv {
  return yargs.command(
    "suggest",
    "Phrases the lexicon lacks that stand in the same contexts as a concept's mentions (candidates to consider)",
    (y) =>
      y
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("concept", {
          type: "string",
          default: "social-value",
          describe: "Concept whose mentions set the contexts",
        })
        .option("window", {
          type: "number",
          default: 5,
          describe: "Words each side that make a context",
        })
        .option("min-count", {
          type: "number",
          default: 3,
          describe: "Least times a phrase occurs",
        })
        .option("top", {
          type: "number",
          default: 30,
          describe: "Rows to show (0: all)",
        })
        .option("format", FORMAT_OPTION)
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          const lexicon = compileLexicon(readTerms(db));
          const isKnown = (phrase: string) =>
            matchPage({ pageNumber: 1, raw: phrase, hasText: true }, lexicon)
              .length > 0;
          const { pages, basis } = conceptPages(db, argv.concept);
          const all = suggestPhrases(pages, isKnown, {
            windowTokens: Math.max(1, argv.window),
            minCount: Math.max(1, argv.minCount),
          });
          const rows = (argv.top > 0 ? all.slice(0, argv.top) : all).map(
            (s) => ({
              ...s,
              shared: round4(s.shared),
              keyness: round4(s.keyness),
            }),
          );
          emitRows(
            argv.format,
            ["phrase", "count", "plans", "shared", "keyness", "example"],
            rows,
            {
              out: argv.out,
              meta: { concept: argv.concept, basis },
              footer: `contexts of ${basis} of "${argv.concept}"; shared: cosine of the words around (0-1); keyness: log-likelihood in those contexts against the rest`,
              empty: "no phrase occurs often enough (--min-count)",
            },
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
