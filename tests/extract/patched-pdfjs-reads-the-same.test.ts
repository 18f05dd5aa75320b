// patches/pdfjs-dist+5.6.205.patch changes pdf.js for speed (issues 12 and 18). Each change must leave what a
// scan reads exactly as it was: this test undoes the patch in a copy of pdf.js (git apply -R) and reads the same
// files with both, in two child processes, comparing text, boxes, pages without text and problems byte for byte.
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  blankPage,
  imagePage,
  makePdf,
  textPage,
} from "../fixtures/pdf-writer.js";
import { PROJECT_ROOT, SHARED_DIR, tempDir } from "../helpers.js";

const PATCH = join(PROJECT_ROOT, "patches", "pdfjs-dist+5.6.205.patch");
const MODULES = join(PROJECT_ROOT, "node_modules");
const BUILD = join("pdfjs-dist", "legacy", "build");

/** Links every entry of `from` into `to` but those named in `except`. */
function linkAll(from: string, to: string, except: readonly string[]): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from))
    if (!except.includes(name)) symlinkSync(join(from, name), join(to, name));
}

/** A copy of the build with pdf.js as npm ships it: the patched files copied, then the patch undone. */
function unpatchedBuild(): string {
  const root = tempDir("stp-unpatched-pdfjs-");
  const modules = join(root, "node_modules");
  linkAll(MODULES, modules, ["pdfjs-dist"]);
  linkAll(join(MODULES, "pdfjs-dist"), join(modules, "pdfjs-dist"), ["legacy"]);
  linkAll(
    join(MODULES, "pdfjs-dist", "legacy"),
    join(modules, "pdfjs-dist", "legacy"),
    ["build"],
  );
  mkdirSync(join(modules, BUILD));
  for (const file of ["pdf.mjs", "pdf.worker.mjs"])
    copyFileSync(join(MODULES, BUILD, file), join(modules, BUILD, file));
  const undo = spawnSync("git", ["apply", "-R", PATCH], {
    cwd: root,
    encoding: "utf8",
  });
  if (undo.status !== 0)
    throw new Error(`git apply -R ${PATCH} failed: ${undo.stderr}`);
  cpSync(
    join(PROJECT_ROOT, "dist", "pipeline"),
    join(root, "dist", "pipeline"),
    {
      recursive: true,
    },
  );
  return root;
}

/** One JSON line per file: what extractPages in `root`'s build reads from it. */
function readWith(root: string, files: readonly string[]): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      "--single-threaded-gc",
      join(PROJECT_ROOT, "dist", "tests", "fixtures", "extract-files.js"),
      pathToFileURL(join(root, "dist", "pipeline", "extract", "pdfjs.js")).href,
      ...files,
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
  return new Promise((resolve, reject) =>
    child.on("close", (code) =>
      code === 0
        ? resolve(out.trimEnd().split("\n"))
        : reject(new Error(`reading with ${root} exited ${code}`)),
    ),
  );
}

/** Generated pages that take each patched path: many text items (several chunks), images, standard fonts. */
function generatedFiles(): string[] {
  const folder = tempDir("stp-patched-pdfjs-");
  const pdfs: Record<string, Uint8Array> = {
    "many-items.pdf": makePdf([
      textPage(
        ...Array.from({ length: 120 }, (_, i) => `line ${i} of social value`),
      ),
    ]),
    "image-blank-text.pdf": makePdf([
      imagePage(),
      blankPage(),
      textPage("after the scan"),
    ]),
    "matrices.pdf": makePdf([
      {
        kind: "content",
        stream:
          "q 2 0 0 2 10 20 cm BT /F1 10 Tf 5 Ts 50 Tz 100 200 Td (abc) Tj /F2 12 Tf (\\001\\002) Tj ET Q",
      },
    ]),
  };
  return Object.entries(pdfs).map(([name, bytes]) => {
    writeFileSync(join(folder, name), bytes);
    return join(folder, name);
  });
}

const demoFiles = () =>
  readdirSync(join(PROJECT_ROOT, "corpus", "plans"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => join(PROJECT_ROOT, "corpus", "plans", f));

// Fonts of every kind the patch touches (embedded Type1, CFF, TrueType, CID, Type3), scans, damaged files.
const REAL_PDFS = [
  "paper-tracemonkey-14p.pdf",
  "paper-acustica-type3-3p.pdf",
  "paper-sci-reports-ligatures-5p.pdf",
  "type3-pdftex-essay.pdf",
  "garbled-type3-encoding.pdf",
  "ar-thuluth-calligraphy.pdf",
  "jp-vertical-poem.pdf",
  "zh-bond-prospectus-page.pdf",
  "th-math-worksheet.pdf",
  "he-statistics-table.pdf",
  "form-us-irs-f1040nr-5p.pdf",
  "rotated-budget-table-page.pdf",
  "scan-cardinal-4p.pdf",
  "scan-ocr-vicksburg-6p.pdf",
  "enc-user-aes128-libreoffice.pdf",
  "bad-stream-length-8p.pdf",
];

function sharedFiles(): string[] {
  if (SHARED_DIR === null) {
    process.stdout.write(
      "patched-pdfjs-reads-the-same: ../shared is missing, so only generated and demo PDFs are compared\n",
    );
    return [];
  }
  const plans = join(SHARED_DIR, "stp-corpus", "plans");
  const stp = readdirSync(plans, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".pdf"))
    .sort()
    .filter((_, i) => i % 8 === 0)
    .map((f) => join(plans, f));
  const real = REAL_PDFS.map((f) => join(SHARED_DIR as string, "real-pdfs", f));
  return [...stp, ...real].filter((f) => existsSync(f));
}

describe("pdf.js with the speed patch reads what pdf.js without it reads", () => {
  it("gives the same text, boxes, pages without text and problems, file for file", async () => {
    const files = [...generatedFiles(), ...demoFiles(), ...sharedFiles()];
    const [patched, unpatched] = await Promise.all([
      readWith(PROJECT_ROOT, files),
      readWith(unpatchedBuild(), files),
    ]);
    expect(patched).toHaveLength(files.length);
    const differing = files.filter((_, i) => patched[i] !== unpatched[i]);
    expect(differing).toEqual([]);
    // The comparison means something only if the files were read: most have text.
    expect(
      patched.filter((line) => line.includes('"hasText":true')).length,
    ).toBeGreaterThan(files.length / 2);
  }, 120_000);
});
