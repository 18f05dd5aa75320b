import type { Argv } from "yargs";
import {
  drawElusion,
  drawJson,
  elusionJson,
  elusionOf,
  judgeElusion,
  walkElusion,
  type DrawTarget,
} from "../audit/index.js";
import { renderDraw, renderElusion, renderJudged } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { UsageError } from "./fatal.js";
import { wholeNumberOption } from "./option-values.js";
import {
  auditorOption,
  dbOption,
  jsonOption,
  THRESHOLD_OPTION,
} from "./options.js";
import { runOnDatabase, terminalWidth } from "./output.js";
import { thresholdFor } from "./project-of.js";

/** The options every elusion subcommand has (from `elusion` itself). */
type ElusionArgs = { db: string; auditor: string; json: boolean };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `elusion` alone: the latest draw's figures and pages. */
function summarySubcommand(y: Argv<ElusionArgs>) {
  return y.command(
    "$0",
    "The latest draw: pages judged, yes pages, the rate with its exact 95% interval, the pages that may still be missed",
    (c) => c,
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          process.stdout.write(
            argv.json ? json(elusionJson(db)) : renderElusion(elusionOf(db)),
          );
        },
        "read",
      ),
  );
}

/** `elusion draw --size N --seed S [--threshold N]` */
function drawSubcommand(y: Argv<ElusionArgs>) {
  return y.command(
    "draw",
    "Draw pages at random from the plans that do not count (no headline mention, no coded passage) and record the draw",
    (c) =>
      c
        .option("size", {
          type: "number",
          demandOption: true,
          describe: "Pages to draw",
        })
        .option("seed", {
          type: "number",
          demandOption: true,
          describe:
            "Seed of the draw, 0 to 4294967295: the same seed draws the same pages",
        })
        .option("threshold", THRESHOLD_OPTION),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const size = wholeNumberOption("--size", argv.size, 1);
        const seed = wholeNumberOption("--seed", argv.seed, 0, 2 ** 32 - 1);
        const drawn = drawElusion(db, {
          size,
          seed,
          auditor: argv.auditor,
          threshold: thresholdFor(db, argv.threshold),
        });
        if (!drawn.ok) throw new UsageError(drawn.problem);
        const { draw, items } = drawn.value;
        process.stdout.write(
          argv.json ? json(drawJson(draw, items)) : renderDraw(draw, items),
        );
      }),
  );
}

/** What `judge`'s words name: a page of the draw (its item, or document and page) and the answer, if any. */
function targetOf(
  words: readonly (string | number)[],
  undo: boolean,
): { target: DrawTarget; answer: "yes" | "no" | "withdrawn" } {
  const given = words.map(String);
  const answer = undo ? "withdrawn" : given.pop();
  if (answer !== "yes" && answer !== "no" && answer !== "withdrawn")
    throw new UsageError(
      `elusion judge: end with yes or no (elusion judge <item> yes|no, or <document> <page> yes|no)`,
    );
  if (given.length === 1)
    return {
      target: { item: wholeNumberOption("item", Number(given[0]), 1) },
      answer,
    };
  if (given.length === 2)
    return {
      target: {
        document: given[0] as string,
        page: wholeNumberOption("page", Number(given[1]), 1),
      },
      answer,
    };
  throw new UsageError(
    `elusion judge: name one page of the draw: its item (elusion judge 3 yes) or its document and page (elusion judge plans/<plan>/<file>.pdf 12 no)`,
  );
}

/** `elusion judge [<item> | <document> <page>] [yes|no] [--note TEXT] [--undo]`; alone, the terminal walk. */
function judgeSubcommand(y: Argv<ElusionArgs>) {
  return y.command(
    "judge [page..]",
    "Answer for a page of the latest draw: does it discuss the concept? Alone: walk the pages not yet answered",
    (c) =>
      c
        .positional("page", {
          type: "string",
          array: true,
          describe:
            "The page's item in the draw, or its document and page, then yes or no",
        })
        .option("note", { type: "string", describe: "Why (optional)" })
        .option("undo", {
          type: "boolean",
          default: false,
          describe: "Take the page's answer back (a new row; none is deleted)",
        }),
    (argv) =>
      runOnDatabase(argv.db, async (db) => {
        const words = argv.page ?? [];
        if (words.length === 0 && !argv.undo) {
          await walkElusion(db, {
            auditor: argv.auditor,
            input: process.stdin,
            output: process.stdout,
            width: () => terminalWidth(Number.POSITIVE_INFINITY),
          });
          return;
        }
        const { target, answer } = targetOf(words, argv.undo);
        const stored = judgeElusion(db, {
          target,
          answer,
          note: argv.note ?? null,
          auditor: argv.auditor,
        });
        if (!stored.ok) throw new UsageError(stored.problem);
        process.stdout.write(
          renderJudged(stored.value.judgement, stored.value.item),
        );
      }),
  );
}

/** `stp-scan elusion [draw|judge]` */
export function elusionCommand(yargs: Argv): Argv {
  return yargs.command(
    "elusion",
    "Bound what is still missed: draw pages of the plans that do not count, judge them, and read the rate with its exact interval",
    (y) =>
      [summarySubcommand, drawSubcommand, judgeSubcommand]
        .reduce<Argv<ElusionArgs>>(
          (c, add) => add(c),
          y
            .example(examplesOf("elusion"))
            .option("db", dbOption())
            .option("auditor", auditorOption("draws and answers"))
            .option("json", jsonOption("the draw or the figures")),
        )
        .demandCommand(0),
    () => undefined,
  );
}
