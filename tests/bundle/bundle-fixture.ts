import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  renderBundleFiles,
  unzipFiles,
  writeBundle,
  zipFiles,
  type BundleContents,
  type CountSettings,
} from "../../pipeline/bundle/index.js";
import { scanCorpus } from "../../pipeline/scan/index.js";
import { openDatabase } from "../../pipeline/store/index.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

// A small generated corpus for the bundle tests: alpha and beta mention social value (one headline mention
// each), gamma does not, so the statistic is 2/3; rejecting beta's mention makes it 1/3.

/** The PDFs of the corpus, by path. */
export const PDFS = {
  alpha: "plans/alpha/alpha.pdf",
  beta: "plans/beta/beta.pdf",
  gamma: "plans/gamma/gamma.pdf",
} as const;

/** Writes the corpus and returns its root. */
export function writeBundleCorpus(): string {
  return writeCorpus([
    {
      plan: "alpha",
      path: PDFS.alpha,
      bytes: makePdf([
        textPage("Our estates strategy for the footprint."),
        textPage("We will deliver social value through procurement."),
      ]),
    },
    {
      plan: "beta",
      path: PDFS.beta,
      bytes: makePdf([
        textPage("The board will add social value to contracts."),
      ]),
    },
    {
      plan: "gamma",
      path: PDFS.gamma,
      bytes: makePdf([textPage("A plan about workforce and estates.")]),
    },
  ]);
}

/** Scans the corpus and writes its bundle; gives the bundle's path and contents. */
export async function bundleOf(
  corpus: string,
  count: CountSettings,
): Promise<{ zip: string; contents: BundleContents }> {
  const folder = tempDir();
  const dbFile = join(folder, "stp.sqlite");
  await scanCorpus({ corpus, db: dbFile, lexicon: null, jobs: 1 });
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    const zip = join(folder, "bundle.zip");
    return { zip, contents: await writeBundle(db, zip, count) };
  } finally {
    db.close();
  }
}

/** A copy of a corpus folder to tamper with. */
export function copyOf(corpus: string): string {
  const copy = join(tempDir(), "corpus");
  cpSync(corpus, copy, { recursive: true });
  return copy;
}

/** A copy of a bundle zip with `edit` applied to its contents (as a reader editing files inside it would). */
export async function editedBundle(
  zip: string,
  edit: (files: Map<string, string>) => void,
): Promise<string> {
  const files = await unzipFiles(zip, () => true);
  edit(files);
  const out = join(tempDir(), "edited.zip");
  writeFileSync(out, await zipFiles(files, new Date(0)));
  return out;
}

export { renderBundleFiles };
