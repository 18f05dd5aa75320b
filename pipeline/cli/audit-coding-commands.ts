import { randomInt } from "node:crypto";
import type { Argv } from "yargs";
import {
  agreementOf,
  codebookOf,
  drawAssignment,
  type Drawn,
  type SampleSize,
} from "../audit/index.js";
import { formatTable } from "../report/index.js";
import { saveBlindMode } from "../store/index.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import { renderAgreement } from "./render-agreement.js";
import { UsageError } from "./fatal.js";
import { emit, runOnDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { counted } from "../plural.js";

/** What blind coding does, said where it is turned on. */
const BLIND_MEANS =
  "the walk, audit export and serve show them no other auditor's verdict or note, and every mention of their sample is offered";

/** The size `--size` or `--share` asks for, or a usage error (neither, both, or out of range). */
function sampleSizeOf(
  size: number | undefined,
  share: number | undefined,
): SampleSize {
  if ((size === undefined) === (share === undefined))
    throw new UsageError(
      "give the sample's size with --size N or --share P (one of them)",
    );
  if (size !== undefined) {
    if (!Number.isInteger(size) || size < 1)
      throw new UsageError(
        `--size ${size}: give a whole number of mentions, 1 or more`,
      );
    return { size };
  }
  if (share === undefined || !(share > 0 && share <= 1))
    throw new UsageError(
      `--share ${share}: give a share between 0 and 1 (0.15 for 15% of the mentions)`,
    );
  return { share };
}

/** The seed `--seed` gives, or a new one (printed and recorded, so the draw can be made again). */
function seedOf(seed: number | undefined): number {
  if (seed === undefined) return randomInt(2 ** 31);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    throw new UsageError(
      `--seed ${seed}: give a whole number from 0 to 4294967295`,
    );
  return seed;
}

function renderSample(auditor: string, d: Drawn): string {
  return [
    `drew ${d.mentions.length} of ${counted(d.population, "mention")} for ${auditor} (seed ${d.seed}; sample ${d.sampleId}), stratified by plan and concept:`,
    formatTable(
      ["plan", "concept", "mentions", "drawn"],
      d.strata.map((s) => [s.plan, s.concept, s.population, s.drawn]),
    ),
    d.turnedBlind
      ? `${auditor} codes blind from now on: ${BLIND_MEANS} (stp-scan audit blind off to stop)`
      : `${auditor} codes blind: ${BLIND_MEANS}`,
    `next: stp-scan audit --auditor ${auditor}, or stp-scan audit export --auditor ${auditor} --blind --out FILE.csv`,
    "",
  ].join("\n");
}

/** `audit sample --size N | --share P [--seed S] [--json]` */
export function sampleSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "sample",
    "Draw a random sample of mentions (stratified by plan and concept) for the auditor to code blind",
    (c) =>
      c
        .example(examplesOf("audit sample"))
        .option("size", { type: "number", describe: "Mentions to draw" })
        .option("share", {
          type: "number",
          describe: "Share of the mentions to draw, 0-1 (0.15: 15%)",
        })
        .option("seed", {
          type: "number",
          describe:
            "Seed of the random draw: the same seed draws the same sample [default: a new one, printed]",
        })
        .option("json", { type: "boolean", default: false }),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const asked = sampleSizeOf(argv.size, argv.share);
        const drawn = drawAssignment(
          db,
          argv.auditor,
          asked,
          seedOf(argv.seed),
        );
        emit(
          argv.json
            ? `${JSON.stringify(
                {
                  auditor: argv.auditor,
                  sample: drawn.sampleId,
                  seed: drawn.seed,
                  ...asked,
                  population: drawn.population,
                  drawn: drawn.mentions.length,
                  strata: drawn.strata,
                  mentions: drawn.mentions.map((m) => m.mentionId),
                  blind: true,
                },
                null,
                2,
              )}\n`
            : renderSample(argv.auditor, drawn),
          undefined,
        );
      }),
  );
}

/** `audit blind on|off` */
export function blindSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "blind <mode>",
    "Turn blind coding on or off for the auditor (kept in the database)",
    (c) =>
      c.example(examplesOf("audit blind")).positional("mode", {
        choices: ["on", "off"] as const,
        demandOption: true,
      }),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        saveBlindMode(db, argv.auditor, argv.mode === "on");
        process.stdout.write(
          argv.mode === "on"
            ? `${argv.auditor} codes blind from now on: ${BLIND_MEANS}\n`
            : `${argv.auditor} no longer codes blind: other auditors' verdicts and notes are shown again, and their verdicts are not counted as independent once they have seen others'\n`,
        );
      }),
  );
}

/** `audit codes [--json]` */
export function codesSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "codes",
    "The codebook of reasons a verdict may carry, with each one's key in the walk",
    (c) =>
      c
        .example(examplesOf("audit codes"))
        .option("json", { type: "boolean", default: false }),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          const codebook = codebookOf(db);
          emit(
            argv.json
              ? `${JSON.stringify(codebook, null, 2)}\n`
              : `codebook ${codebook.path}\n${formatTable(
                  ["key", "code", "counts as", "label", "meaning"],
                  codebook.codes.map((c) => [
                    c.key,
                    c.id,
                    c.countsAs,
                    c.label,
                    c.meaning,
                  ]),
                )}\n`,
            undefined,
          );
        },
        "reads",
      ),
  );
}

/** The names of --auditors A,B[,C...], or a usage error. */
function auditorsOf(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const names = [
    ...new Set(
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length < 2)
    throw new UsageError(
      `--auditors needs two names or more separated by commas, not "${text}"`,
    );
  return names;
}

/** `audit agreement [--auditors A,B,...] [--json]` */
export function agreementSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "agreement",
    "Agreement of auditors on their independent (blind) codings: Cohen's kappa with its interval, Krippendorff's alpha, reasons, disagreements",
    (c) =>
      c
        .example(examplesOf("audit agreement"))
        .option("auditors", {
          type: "string",
          describe:
            "Names: A,B[,C...] [default: every auditor who coded independently]",
        })
        .option("json", { type: "boolean", default: false }),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          const study = agreementOf(db, auditorsOf(argv.auditors));
          emit(
            argv.json
              ? `${JSON.stringify(agreementJson(study), null, 2)}\n`
              : renderAgreement(study, codebookOf(db)),
            undefined,
          );
        },
        "reads",
      ),
  );
}

/**
 * The agreement as JSON: every pair, alpha and the disputes; with two auditors, their pair's figures at the top
 * level too (`both`, `agreed`, `observed`, `kappa`, `disagreements` as before, and `interval`).
 */
function agreementJson(study: ReturnType<typeof agreementOf>) {
  const [only] = study.pairs.length === 1 ? study.pairs : [];
  return {
    auditors: study.auditors,
    ...(only === undefined
      ? {}
      : {
          both: only.both,
          agreed: only.agreed,
          observed: only.observed,
          kappa: only.kappa,
          interval: only.interval,
          disagreements: only.disagreements,
        }),
    alpha: study.alpha,
    pairs: study.pairs,
    disputes: study.disputes,
  };
}
