import { runProcess } from "./run-process.js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** Resolution pages are rendered at for OCR (spec v2.0 point 2). */
export const OCR_DPI = 300;
/** Tesseract's automatic page segmentation (spec v2.0 point 2). */
const PSM = 3;
/** Bump when what stp-scan does around the engine (render, straighten) changes the words of a page. */
const OCR_STAGE_VERSION = 2;

/** The OCR engine found on this machine. */
export type OcrEngine = {
  /** The tesseract command. */
  readonly command: string;
  /** Engine, version and settings, stored with every page it reads: "tesseract 5.3.0 eng psm 3, 300 dpi, ...". */
  readonly name: string;
};

/** The one line a missing engine gives (how to install it, or how to do without). */
export const MISSING_ENGINE =
  "OCR: tesseract (Tesseract 5 with English) is not installed, so pages without a text layer stay unread; " +
  "install the Debian packages tesseract-ocr tesseract-ocr-eng (make installs them), or pass --ocr off";

/** The arguments that read one grey image from stdin into TSV on stdout. */
export const tesseractArgs = () => [
  "stdin",
  "stdout",
  "--psm",
  String(PSM),
  "-l",
  "eng",
  "tsv",
];

/** The arguments that ask Tesseract which way up one grey image from stdin is ("Rotate: 180" on stdout). */
export const orientationArgs = () => ["stdin", "stdout", "--psm", "0"];

/** One thread per tesseract: the pool runs one per core, and OpenMP threads would only fight over them. */
export const tesseractEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  OMP_THREAD_LIMIT: "1",
});

/**
 * Finds tesseract and its English data: the engine, or the one-line reason it cannot be used (MISSING_ENGINE
 * when it is not installed).
 */
export async function findEngine(
  command = "tesseract",
): Promise<Result<OcrEngine>> {
  const version = await runProcess(command, ["--version"], {
    timeoutMs: 20_000,
  });
  if (!version.ok)
    return fail({
      reason: version.problem.reason.endsWith("is not installed")
        ? MISSING_ENGINE
        : `OCR: ${version.problem.reason}; pass --ocr off to scan without OCR`,
    });
  const text = `${version.value.stdout.toString("utf8")}\n${version.value.stderr}`;
  const number = /tesseract\s+v?(\d+\.\d+[\w.-]*)/i.exec(text)?.[1];
  if (number === undefined)
    return fail({
      reason: `OCR: ${command} --version does not say which Tesseract it is; pass --ocr off to scan without OCR`,
    });
  const langs = await runProcess(command, ["--list-langs"], {
    timeoutMs: 20_000,
  });
  const list = langs.ok
    ? `${langs.value.stdout.toString("utf8")}\n${langs.value.stderr}`
    : "";
  if (!/^eng$/m.test(list))
    return fail({
      reason: `OCR: tesseract ${number} has no English data, so pages without a text layer stay unread; install the Debian package tesseract-ocr-eng (make installs it), or pass --ocr off`,
    });
  return ok({
    command,
    name: `tesseract ${number} eng psm ${PSM}, ${OCR_DPI} dpi grey, straightened, upside-down pages turned (stp-scan ocr ${OCR_STAGE_VERSION})`,
  });
}
