import {
  JOBS,
  OCR_MODE,
  THRESHOLD_MENTIONS,
  TIMEOUT_SECONDS,
} from "../defaults.js";

/** The options `scan` and `add` share for reading documents and counting plans (yargs option specs). */
export const READING_OPTIONS = {
  threshold: {
    type: "number",
    default: THRESHOLD_MENTIONS,
    describe: "Headline mentions a plan needs",
  },
  jobs: {
    type: "number",
    default: JOBS,
    describe: "PDFs read at once (default: one per processor core)",
  },
  timeout: {
    type: "number",
    default: TIMEOUT_SECONDS,
    describe: "Seconds one document may take",
  },
} as const;

/** `--ocr`'s values and default (spec v2.0 §Pages without a text layer); each command says what it does. */
export const OCR_OPTION = {
  choices: ["auto", "off"] as const,
  default: OCR_MODE,
} as const;
