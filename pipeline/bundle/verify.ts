import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MANIFEST_FILE, sha256Of } from "../corpus/index.js";
import { renderCsv } from "../csv/index.js";
import {
  scanCorpus,
  settleDuplicates,
  type ScanOptions,
} from "../scan/index.js";
import {
  appendVerdicts,
  bundleTables,
  openDatabase,
  type Db,
} from "../store/index.js";
import { alignStatistic } from "./compare-beyond.js";
import { compareBundles, type BundleDifference } from "./compare.js";
import type { BundleContents } from "./contents.js";
import { BUNDLE_FILES, parseBundleFiles } from "./files.js";
import { gatherBundle } from "./gather.js";
import { BundleError, unzipFiles } from "./zip.js";

/** What `verify` found: the bundle as given, the bundle re-created from the PDFs, and what differs. */
export type Verification = {
  readonly expected: BundleContents;
  readonly actual: BundleContents;
  /** Empty when the figure is reproduced. */
  readonly differences: readonly BundleDifference[];
};

/** Options of `verify`. */
export type VerifyOptions = {
  /** The bundle zip. */
  readonly bundle: string;
  /** The folder holding the PDFs, at the paths the bundle's manifest gives (plans/<plan-id>/...). */
  readonly corpus: string;
  /** Worker threads reading PDFs. @default JOBS */
  readonly jobs?: number;
  /** Seconds one document may take to read. @default TIMEOUT_SECONDS */
  readonly timeoutSeconds?: number;
  /** Called once the bundle is read, before the scan starts (it reads every PDF, so it can take minutes). */
  readonly onScan?: (documents: number) => void;
};

const KNOWN = new Set<string>(Object.values(BUNDLE_FILES));

/** A bundle's contents from its zip; BundleError (one line naming the file) when it is not a zip or lacks a file. */
export async function readBundle(file: string): Promise<BundleContents> {
  const parsed = parseBundleFiles(await unzipFiles(file, (n) => KNOWN.has(n)));
  if (!parsed.ok) throw new BundleError({ ...parsed.problem, file });
  return parsed.value;
}

/**
 * Re-creates a bundle's figure from the PDFs: scans `corpus` into a temporary database with the bundle's
 * manifest, lexicon and settings, applies its verdicts by mention id, counts the statistic the same way, and
 * compares. The corpus folder is only read; the temporary folder is removed afterwards.
 */
export async function verifyBundle(
  options: VerifyOptions,
): Promise<Verification> {
  const expected = await readBundle(options.bundle);
  const corpus = resolve(options.corpus);
  if (!existsSync(corpus) || !statSync(corpus).isDirectory())
    throw new BundleError(`${options.corpus}: corpus folder not found`);
  const temp = mkdtempSync(join(tmpdir(), "stp-scan-verify-"));
  try {
    const root = stageCorpus(expected, corpus, join(temp, "corpus"));
    const lexicon = join(temp, "lexicon.csv");
    writeFileSync(lexicon, expected.lexiconCsv);
    const dbFile = join(temp, "verify.sqlite");
    options.onScan?.(expected.documents.length);
    await scanCorpus(scanOptionsFor(expected, root, dbFile, lexicon, options));
    const db = openDatabase(dbFile, { mustExist: true });
    try {
      appendVerdicts(
        db,
        expected.verdicts.map((v) => ({
          mentionId: v.mentionId,
          verdict: v.verdict,
          auditor: v.auditor,
          note: v.note,
          kind: v.kind,
          code: v.code ?? null,
          blind: v.blind === true,
        })),
      );
      // Pages an analyst declared read count as read again: written into the temporary database as
      // they were, once it has the table (a schema from before schema 8 has none, and bundles none).
      bundleTables.appendDeclarationRows(
        db,
        "page_declarations",
        expected.pageDeclarations ?? [],
      );
      // Documents declared duplicates count once again, as they did: the rows, then the duplicates of
      // the corpus decided again with them.
      if (
        bundleTables.appendDeclarationRows(
          db,
          "duplicate_declarations",
          expected.duplicateDeclarations ?? [],
        ) > 0
      )
        settleDuplicates(db);
      applyBeyond(db, expected);
      const { threshold, countIn, audited } = expected.settings;
      const gathered = gatherBundle(db, { threshold, countIn, audited });
      const actual = {
        ...gathered,
        statistic: alignStatistic(expected.statistic, gathered.statistic),
      };
      const unchecked = uncheckedDocuments(expected, actual);
      if (unchecked.length > 0)
        throw new BundleError(
          `${options.bundle}: could not check ${unchecked.join(", ")}: reading stopped at the time or memory limit, so nothing is said of them; run verify again with fewer --jobs or more memory`,
        );
      return {
        expected,
        actual,
        differences: [
          ...lexiconDifference(expected),
          ...compareBundles(expected, actual),
        ],
      };
    } finally {
      db.close();
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The bundle's coded passages and elusion sample written into the temporary database as they were (the elusion
 * rows keep their ids: pages and answers point at their draw), so the broad statistic and the elusion figures are
 * counted again from them. A passage stands again only on the file it was coded on.
 */
function applyBeyond(db: Db, bundle: BundleContents): void {
  bundleTables.appendDeclarationRows(
    db,
    "coded_passages",
    bundle.codedPassages ?? [],
  );
  const elusion = bundle.elusion ?? null;
  if (elusion === null) return;
  bundleTables.appendDeclarationRows(db, "elusion_draws", elusion.draws, true);
  bundleTables.appendDeclarationRows(db, "elusion_items", elusion.items, true);
  bundleTables.appendDeclarationRows(
    db,
    "elusion_judgements",
    elusion.judgements,
    true,
  );
}

/**
 * Documents this run could not read for want of time or memory (status `timeout` or `too-large`) though the
 * bundle read them: a failure to check, not a difference, so they are never reported as changed.
 */
function uncheckedDocuments(
  expected: BundleContents,
  actual: BundleContents,
): string[] {
  const bundled = new Map(expected.documents.map((d) => [d.document, d]));
  return actual.documents
    .filter(
      (d) =>
        (d.status === "timeout" || d.status === "too-large") &&
        bundled.get(d.document)?.status !== d.status,
    )
    .map((d) => d.document);
}

/** The scan `verify` runs: the bundle's lexicon and settings, into the temporary database, quietly. */
function scanOptionsFor(
  bundle: BundleContents,
  corpus: string,
  db: string,
  lexicon: string,
  options: VerifyOptions,
): ScanOptions {
  return {
    corpus,
    db,
    lexicon,
    threshold: bundle.settings.threshold,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    ...(options.timeoutSeconds === undefined
      ? {}
      : { timeoutSeconds: options.timeoutSeconds }),
    // Pages are read as the bundled scan read them: OCR with its thresholds, or off when it stored none.
    ...ocrOptionsOf(bundle.settings.ocr),
  };
}

/** The lexicon inside the bundle is not the one its settings name: a bundle edited by hand. */
function lexiconDifference(bundle: BundleContents): BundleDifference[] {
  const sha = sha256Of(Buffer.from(bundle.lexiconCsv, "utf8"));
  return sha === bundle.settings.lexiconSha256
    ? []
    : [
        {
          kind: "lexicon",
          message: `${BUNDLE_FILES.lexicon}: sha256 ${sha.slice(0, 12)}... is not the lexicon's in ${BUNDLE_FILES.settings} (${bundle.settings.lexiconSha256.slice(0, 12)}...)`,
        },
      ];
}

/**
 * A corpus folder to scan: the bundle's manifest (so documents belong to the plans they belonged to), and a
 * link to everything in the reader's folder but its own manifest and lexicon. PDFs under plans/ that the
 * manifest does not list are found by the scan, as in any corpus, and so reported as extra.
 */
function stageCorpus(
  bundle: BundleContents,
  from: string,
  root: string,
): string {
  mkdirSync(root);
  for (const name of readdirSync(from))
    if (name !== MANIFEST_FILE && name !== "lexicon.csv")
      symlinkSync(join(from, name), join(root, name));
  const plans = new Map(bundle.plans.map((p) => [p.plan_id, p]));
  const rows = bundle.documents
    .filter((d) => d.in_manifest)
    .map((d) => ({
      plan_id: d.plan_id,
      plan_name: plans.get(d.plan_id)?.name ?? d.plan_id,
      region: plans.get(d.plan_id)?.region ?? "",
      document_role: d.role,
      path: d.document,
    }));
  writeFileSync(
    join(root, MANIFEST_FILE),
    renderCsv(
      ["plan_id", "plan_name", "region", "document_role", "path"],
      rows,
      { bom: false },
    ),
  );
  return root;
}

/** The scan's OCR options from a bundle's OCR settings (store/bundle-reads.ts readOcrSettings); null: OCR off. */
function ocrOptionsOf(
  ocr: Readonly<Record<string, unknown>> | null,
): Pick<ScanOptions, "ocr" | "ocrMinWords" | "ocrMinConfidence"> {
  if (ocr === null) return { ocr: "off" };
  const figure = (v: unknown) => (typeof v === "number" ? v : undefined);
  const minWords = figure(ocr["minWords"]);
  const minConfidence = figure(ocr["minConfidence"]);
  return {
    ocr: "auto",
    ...(minWords === undefined ? {} : { ocrMinWords: minWords }),
    ...(minConfidence === undefined ? {} : { ocrMinConfidence: minConfidence }),
  };
}
