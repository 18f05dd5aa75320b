import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePgm, type GreyImage } from "../../pipeline/ocr/index.js";
import { makePdf } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

/** What missingOcrTools found, once per test file: undefined until it has looked. */
let ocrTools: string | null | undefined;
/** Why the OCR tests cannot run (a command they need is not installed), or null; see describeUnlessMissing. */
export function missingOcrTools(): string | null {
  if (ocrTools === undefined) ocrTools = findMissingOcrTool();
  return ocrTools;
}

function findMissingOcrTool(): string | null {
  for (const [command, args] of [
    ["tesseract", ["--version"]],
    ["pdftoppm", ["-v"]],
  ] as const) {
    const r = spawnSync(command, args, { encoding: "utf8" });
    if (r.error !== undefined)
      return `${command} is not installed (make installs tesseract-ocr tesseract-ocr-eng poppler-utils)`;
  }
  return null;
}

/**
 * Six dense lines of 10 pt text on 11 pt leading, each across the page: tilted 2 degrees clockwise, a line's end
 * sits almost two lines above its start, the case that loses lines in Tesseract (4 of 6 here, measured).
 */
export const DENSE_LINES = [
  "Partners across the county agreed a shared plan for community health services, with district nurses",
  "working beside general practice teams in every town. Hospital discharge will be planned from the first",
  "day so that people return home sooner, with care arranged by one team that knows them well. Mental",
  "health support will be offered in schools and workplaces, and waiting times for talking therapies will",
  "halve. Procurement will weigh the wider benefits that suppliers can bring to local people, including",
  "training places and jobs for residents. The partnership board will publish its progress every quarter",
];

/** The page: as wide as US Letter, as tall as the lines need (a small image keeps Tesseract quick). */
export const PAGE_SIZE = [612, 160] as const;
/** Where the first line starts (baseline, PDF points) before any tilt. */
export const FIRST_LINE_AT = [40, 125] as const;
/** The centre of the page, which a tilt turns about. */
export const PAGE_CENTRE = [306, 80] as const;

/**
 * A one-page PDF of DENSE_LINES turned `degrees` counter-clockwise (as seen) about the page centre, as a
 * skewed scan shows its text; written to a fresh folder, returns its path. The tilt is drawn by the PDF
 * renderer, not by the code under test.
 */
export function writeTiltedPdf(degrees: number): string {
  const t = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(t), Math.sin(t)];
  const [cx, cy] = PAGE_CENTRE;
  const matrix = [
    cos,
    sin,
    -sin,
    cos,
    cx - cos * cx + sin * cy,
    cy - sin * cx - cos * cy,
  ]
    .map((n) => n.toFixed(5))
    .join(" ");
  const esc = (line: string) => line.replace(/[()\\]/g, (c) => `\\${c}`);
  const stream =
    `q ${matrix} cm BT /F1 10 Tf ${FIRST_LINE_AT.join(" ")} Td 11 TL\n` +
    DENSE_LINES.map((line) => `(${esc(line)}) Tj T*`).join("\n") +
    "\nET Q\n";
  const file = join(tempDir("stp-scan-ocr-"), `tilted-${degrees}.pdf`);
  writeFileSync(file, makePdf([{ kind: "content", stream, size: PAGE_SIZE }]));
  return file;
}

/** Page 1 of a PDF rendered by pdftoppm at `dpi`, grey. */
export function renderGrey(file: string, dpi: number): GreyImage {
  const r = spawnSync(
    "pdftoppm",
    ["-r", String(dpi), "-gray", "-f", "1", "-l", "1", "-singlefile", file],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const image = parsePgm(new Uint8Array(r.stdout));
  if (!image.ok) throw new Error(image.problem.reason);
  return image.value;
}

/** The words the stand-in tesseract reads on every page: 13 of 2 letters or more, one "social value". */
export const SENTENCE =
  "We will measure social value in every contract this year across the county".split(
    " ",
  );

/**
 * A stand-in for tesseract, for tests of what the scan does with OCR words: it answers --version and
 * --list-langs like Tesseract 5 and prints a fixed TSV of SENTENCE, every word of `confidence` (or runs `body`
 * instead), logging each page it is asked to read.
 */
export function fakeTesseract(
  confidence: number,
  body?: string,
): { command: string; reads: () => number } {
  const folder = tempDir("stp-scan-fake-ocr-");
  const log = join(folder, "reads.log");
  const rows = [
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    ...SENTENCE.map(
      (w, i) =>
        `5\t1\t1\t1\t${1 + Math.floor(i / 7)}\t${i + 1}\t${300 + (i % 7) * 250}\t${400 + Math.floor(i / 7) * 80}\t200\t50\t${confidence}\t${w}`,
    ),
  ];
  writeFileSync(join(folder, "page.tsv"), `${rows.join("\n")}\n`);
  const command = join(folder, "tesseract");
  writeFileSync(
    command,
    [
      "#!/bin/sh",
      'case "$1" in',
      '  --version) echo "tesseract 5.3.0"; exit 0;;',
      '  --list-langs) printf "List of available languages (1):\\neng\\n"; exit 0;;',
      "esac",
      `echo read >> ${log}`,
      body ?? `cat > /dev/null; cat ${join(folder, "page.tsv")}`,
      "",
    ].join("\n"),
  );
  chmodSync(command, 0o755);
  return {
    command,
    reads: () =>
      existsSync(log) ? readFileSync(log, "utf8").split("\n").length - 1 : 0,
  };
}
