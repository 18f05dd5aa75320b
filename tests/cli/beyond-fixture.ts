import { join } from "node:path";
import { writeCorpus, type FixtureDoc } from "../fixtures/corpus-builder.js";
import { blankPage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

/** Where each plan's passage stands in the corpus beyondCorpus writes. */
export const BETA = "plans/beta/plan.pdf";
export const GAMMA = "plans/gamma/plan.pdf";

/**
 * Three plans, scanned: alpha mentions social value; beta says it only in other words (page 2, twice "local firms"),
 * gamma never (a decoy, "social care"), with a blank page that no draw may take. `extra`: documents added after them.
 */
export function beyondCorpus(extra: readonly FixtureDoc[] = []) {
  const root = writeCorpus([
    {
      plan: "alpha",
      path: "plans/alpha/plan.pdf",
      bytes: makePdf([
        textPage(
          "Every contract we let will add social value for local firms.",
        ),
        textPage("We buy from local firms and recruit from deprived wards."),
      ]),
    },
    {
      plan: "beta",
      path: BETA,
      bytes: makePdf([
        textPage("Staff told us that rotas matter."),
        textPage(
          "Our hospitals will buy from local firms through our",
          "contracts, and local firms will train apprentices.",
        ),
        textPage("The efficiency programme is worth 8 million pounds."),
      ]),
    },
    {
      plan: "gamma",
      path: GAMMA,
      bytes: makePdf([
        textPage("Social care budgets are under pressure."),
        blankPage(),
        textPage("Waiting times are falling."),
      ]),
    },
    ...extra,
  ]);
  const db = join(tempDir(), "stp.sqlite");
  const scan = runCli(["scan", "--corpus", root, "--db", db, "--quiet"]);
  if (scan.status !== 0) throw new Error(`scan failed: ${scan.stderr}`);
  return { root, db };
}

/** `stp-scan <args> --db db`. */
export const cli = (db: string, ...args: string[]) =>
  runCli([...args, "--db", db]);

/** `stats --json` of the database. */
export const statsJson = (db: string, ...args: string[]) =>
  JSON.parse(cli(db, "stats", "--json", ...args).stdout) as {
    numerator: number;
    denominator: number;
    broad: {
      numerator: number;
      denominator: number;
      share: number;
      interval: { low: number; high: number };
      codedPassages: number;
      plansBeyondHeadline: string[];
      plans: {
        plan: string;
        headline: number;
        coded: number;
        mentions: boolean | null;
      }[];
    };
    elusion: Record<string, unknown> | null;
  };

/** `code` on beta's passage on page 2 ("local firms", its first place) with `args` (a note, --undo...): what it printed. */
export const codeBetaRun = (db: string, ...args: string[]) =>
  cli(
    db,
    "code",
    BETA,
    "2",
    "--text",
    "local firms",
    "--concept",
    "social-value",
    ...args,
  );

/** Codes beta's passage on page 2, as an analyst would (or with `args` instead of the note); its exit code. */
export const codeBeta = (db: string, ...args: string[]) =>
  codeBetaRun(db, ...(args.length === 0 ? ["--note", "buys locally"] : args))
    .status;
