import { existsSync, readFileSync } from "node:fs";
import {
  codebookPathFor,
  loadMentions,
  statisticJson,
} from "../audit/index.js";
import { sha256Of } from "../corpus/index.js";
import { renderCsv } from "../csv/index.js";
import { EXTRACTOR } from "../extract/index.js";
import * as store from "../store/index.js";
import { TOOL_VERSION } from "../version.js";
import type {
  BundleContents,
  BundleDocument,
  BundleElusion,
  BundleSettings,
  CountSettings,
} from "./contents.js";
import { StpError } from "../problem.js";

/** A database that holds no finished scan: nothing to bundle. */
export class NothingToBundleError extends StpError {}

/**
 * A bundle's contents from a scanned database: its documents, lexicon, mentions, verdicts, declarations, the
 * statistic counted with `count`. `notice` hears about anything the reader should know (a lexicon file changed
 * since the scan). Reads the database, and the lexicon file when it is still the one the scan used.
 */
export function gatherBundle(
  db: store.Db,
  count: CountSettings,
  notice: (line: string) => void = () => undefined,
): BundleContents {
  const run = store.readLatestRunInfo(db);
  if (run === null)
    throw new NothingToBundleError({
      file: store.databaseFile(db),
      reason: `the database holds no finished scan; run "stp-scan scan" first`,
    });
  const lexiconCsv = scannedLexicon(db, run, notice);
  const settings: BundleSettings = {
    ...count,
    lexiconSha256: sha256Of(Buffer.from(lexiconCsv, "utf8")),
    ocr: store.bundleTables.readOcrSettings(db),
  };
  const statistic = statisticJson(db, count);
  return {
    plans: statistic.plans.map((p) => ({
      plan_id: p.plan,
      name: p.name,
      region: p.region,
    })),
    documents: documentsOf(db),
    lexiconCsv,
    codebookCsv: codebookText(db, notice),
    mentions: loadMentions(db).map(({ boxes: _boxes, ...m }) => m),
    verdicts: store.readVerdictRows(db),
    pageDeclarations: store.bundleTables.readDeclarationRows(
      db,
      "page_declarations",
    ),
    duplicateDeclarations: store.bundleTables.readDeclarationRows(
      db,
      "duplicate_declarations",
    ),
    codedPassages: nonEmpty(
      store.bundleTables.readDeclarationRows(db, "coded_passages"),
    ),
    elusion: elusionRows(db),
    settings,
    versions: {
      scannedWith: {
        stpScan: run.toolVersion,
        pdfjsDist: run.pdfjsVersion,
        natural: run.naturalVersion,
        node: run.nodeVersion,
        finishedAt: run.finishedAt,
      },
      bundledWith: {
        stpScan: TOOL_VERSION,
        extractor: EXTRACTOR,
        node: process.version,
        schema: store.SCHEMA_VERSION,
      },
    },
    statistic,
  };
}

/** Rows, or null when there are none: a bundle holds a file beyond the words only once there is something in it. */
const nonEmpty = <T>(rows: readonly T[] | null): readonly T[] | null =>
  rows === null || rows.length === 0 ? null : rows;

/** The elusion tables' rows (draws, their pages, the answers); null when no draw was made. */
function elusionRows(db: store.Db): BundleElusion | null {
  const rows = (table: store.bundleTables.DeclarationTable) =>
    store.bundleTables.readDeclarationRows(db, table) ?? [];
  const draws = rows("elusion_draws");
  if (draws.length === 0) return null;
  return {
    draws,
    items: rows("elusion_items"),
    judgements: rows("elusion_judgements"),
  };
}

function documentsOf(db: store.Db): BundleDocument[] {
  const classes = store.bundleTables.readPageClasses(db);
  return store.readDocuments(db).map((d) => ({
    plan_id: d.plan_id,
    document: d.document,
    role: d.role,
    sha256: d.sha256,
    bytes: d.bytes,
    pages: d.pages,
    status: d.status,
    pages_without_text: d.pages_without_text,
    error: d.error,
    duplicate_of: d.duplicate_of,
    in_manifest: d.in_manifest,
    page_classes:
      classes === null || d.sha256 === null
        ? null
        : (classes.get(d.sha256) ?? {}),
  }));
}

/**
 * The lexicon file the last scan used, byte for byte; when it has changed or gone since, the scan's terms as the
 * database keeps them (the same terms, so the same mentions), with a notice.
 */
function scannedLexicon(
  db: store.Db,
  run: store.StoredRun,
  notice: (line: string) => void,
): string {
  if (existsSync(run.lexiconPath)) {
    const bytes = readFileSync(run.lexiconPath);
    if (sha256Of(bytes) === run.lexiconSha256) return bytes.toString("utf8");
  }
  notice(
    `${run.lexiconPath}: not the lexicon the last scan used (changed or gone); the bundle holds that scan's terms from the database`,
  );
  return renderCsv(
    ["id", "phrase", "concept", "headline"],
    store.readTerms(db),
    { bom: false },
  );
}

/** The codebook's text as the corpus has it (else the study's default); null, with a notice, when unreadable. */
function codebookText(
  db: store.Db,
  notice: (line: string) => void,
): string | null {
  const path = codebookPathFor(store.readProjectSettings(db)?.corpus ?? null);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    notice(
      `${path}: cannot be read (${(error as Error).message}); the bundle holds no codebook`,
    );
    return null;
  }
}
