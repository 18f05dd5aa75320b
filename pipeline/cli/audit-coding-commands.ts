import type { Argv } from "yargs";
import {
  agreementOf,
  codebookOf,
  drawAssignment,
  setBlindMode,
} from "../audit/index.js";
import {
  renderAgreement,
  renderBlindMode,
  renderCodebook,
  renderSample,
} from "../report/index.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import { emit, runOnDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { jsonOption } from "./options.js";
import {
  auditorsOption,
  sampleSizeOption,
  seedOption,
} from "./option-values.js";

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
        .option("json", jsonOption("the sample")),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const asked = sampleSizeOption(argv.size, argv.share);
        const drawn = drawAssignment(
          db,
          argv.auditor,
          asked,
          seedOption(argv.seed),
        );
        emit(renderSample(argv.auditor, drawn, asked, argv.json), undefined);
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
        setBlindMode(db, argv.auditor, argv.mode === "on");
        emit(renderBlindMode(argv.auditor, argv.mode === "on"), undefined);
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
        .option("json", jsonOption("the codebook")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => emit(renderCodebook(codebookOf(db), argv.json), undefined),
        "read",
      ),
  );
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
        .option("json", jsonOption("the comparison")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          const study = agreementOf(db, auditorsOption(argv.auditors));
          emit(renderAgreement(study, codebookOf(db), argv.json), undefined);
        },
        "read",
      ),
  );
}
