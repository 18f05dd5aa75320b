import { resolve } from "node:path";
import { CORPUS_DIR, DB_FILE } from "../defaults.js";
import { shownPath } from "../paths.js";
import { computeShare, type Figure } from "../stats/index.js";
import {
  readPlanCounts,
  readPlanSizes,
  readProjectSettings,
  type Db,
} from "../store/index.js";
import { auditedStatisticOf } from "./audited-statistic.js";

/** The figure `scan`, `add`, `stats` and the corpus commands give, read from the open database `dbFile`. */
export function figureOf(db: Db, dbFile: string, threshold: number): Figure {
  return {
    statistic: computeShare(readPlanCounts(db), threshold),
    audited: auditedStatisticOf(db, threshold),
    where: whereOf(db, dbFile),
    dbFile,
    corpus: readProjectSettings(db)?.corpus ?? null,
    sizes: readPlanSizes(db),
  };
}

/**
 * What a line giving the statistic names besides the figure: the database and its corpus, unless both are the
 * defaults (output/stp-scan.sqlite and corpus/), so that a figure pasted elsewhere says where it came from.
 */
export function whereOf(db: Db, dbFile: string): string | null {
  const corpus = readProjectSettings(db)?.corpus ?? null;
  const usual =
    resolve(dbFile) === resolve(DB_FILE) &&
    (corpus === null || corpus === resolve(CORPUS_DIR));
  if (usual) return null;
  return corpus === null
    ? `database ${dbFile}`
    : `database ${dbFile}, corpus ${shownPath(corpus)}`;
}
