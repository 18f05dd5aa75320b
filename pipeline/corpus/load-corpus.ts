import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Corpus, Doc, Plan, Warning } from "../types.js";
import { findPdfs } from "./find-pdfs.js";
import { MANIFEST_FILE, readManifest } from "./manifest.js";
import { realPathInside } from "./safe-path.js";
import { StpError } from "../problem.js";

/** A corpus folder that cannot be scanned at all (the run would be meaningless). */
export class CorpusError extends StpError {}

/** The plan a file belongs to by its folder: plans/<plan-id>/... */
function planOfPath(path: string): string | null {
  const parts = path.split("/");
  return parts[0] === "plans" && parts.length >= 3
    ? (parts[1] as string)
    : null;
}

// A link may gather a corpus from elsewhere on the disk, but what a scan reads and serve sends must be what the
// corpus folder holds: a link out of it could hand any file of the computer to the report, a bundle or the app.
const linkOut = (path: string): Warning => ({
  file: path,
  reason: `${path}: a link to a file outside the corpus folder; not scanned (copy the file in instead)`,
});

/** What loadCorpus gathers, in order: the plans by id, the documents, the warnings. */
type Listing = {
  readonly plans: Map<string, Plan>;
  readonly docs: Doc[];
  readonly warnings: Warning[];
};

type ManifestRows = NonNullable<ReturnType<typeof readManifest>>["rows"];

/** Adds the manifest's rows in manifest order; a row whose file is missing stays, with a warning. */
function addListed(root: string, rows: ManifestRows, into: Listing): void {
  const { plans, docs, warnings } = into;
  for (const row of rows) {
    if (!plans.has(row.planId))
      plans.set(row.planId, {
        id: row.planId,
        name: row.planName,
        region: row.region,
      });
    const isFile =
      existsSync(join(root, row.path)) &&
      statSync(join(root, row.path)).isFile();
    const leaves = isFile && realPathInside(root, row.path) === null;
    const existsOnDisk = isFile && !leaves;
    if (leaves) warnings.push(linkOut(row.path));
    else if (!existsOnDisk)
      warnings.push({
        file: row.path,
        reason: `${row.path}: listed in ${MANIFEST_FILE} (line ${row.line}) but not found`,
      });
    docs.push({
      planId: row.planId,
      path: row.path,
      role: row.role,
      order: docs.length,
      manifestSha256: row.sha256,
      inManifest: true,
      existsOnDisk,
    });
  }
}

/**
 * Adds the PDFs no row lists, to the plan of their folder (with a warning when there is a manifest); one
 * outside plans/<plan-id>/ is not scanned, with a warning.
 */
function addUnlisted(
  onDisk: ReadonlySet<string>,
  hasManifest: boolean,
  into: Listing,
): void {
  const { plans, docs, warnings } = into;
  const listed = new Set(docs.map((d) => d.path));
  for (const path of onDisk) {
    if (listed.has(path)) continue;
    const planId = planOfPath(path);
    if (planId === null) {
      warnings.push({
        file: path,
        reason: `${path}: not in ${MANIFEST_FILE} and not in a plans/<plan-id>/ folder; not scanned`,
      });
      continue;
    }
    if (hasManifest)
      warnings.push({
        file: path,
        reason: `${path}: not in ${MANIFEST_FILE}; scanned as part of plan "${planId}" (its folder)`,
      });
    if (!plans.has(planId))
      plans.set(planId, { id: planId, name: planId, region: "" });
    docs.push({
      planId,
      path,
      role: "",
      order: docs.length,
      manifestSha256: null,
      inManifest: false,
      existsOnDisk: true,
    });
  }
}

/**
 * Lists a corpus: manifest rows in manifest order, then PDFs under plans/ that no row lists (each with a
 * warning, assigned to the plan of their folder so they are counted, never silently skipped). A row whose
 * file is missing stays in the list (`existsOnDisk: false`) so its plan is reported apart.
 */
export function loadCorpus(root: string): Corpus {
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new CorpusError(
      `${root}: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)`,
    );
  const manifest = readManifest(root);
  const pdfs = findPdfs(root);
  const onDisk = new Set(pdfs.filter((p) => realPathInside(root, p) !== null));
  const warnings: Warning[] = [...(manifest?.warnings ?? [])];
  const listed = new Set(manifest?.rows.map((r) => r.path));
  for (const path of pdfs)
    if (!onDisk.has(path) && !listed.has(path)) warnings.push(linkOut(path));
  if (manifest === null) {
    warnings.push({
      file: MANIFEST_FILE,
      reason: `${MANIFEST_FILE}: not found; plans are taken from the folders under plans/`,
    });
  }
  const listing: Listing = { plans: new Map(), docs: [], warnings };
  addListed(root, manifest?.rows ?? [], listing);
  addUnlisted(onDisk, manifest !== null, listing);
  return {
    root,
    plans: [...listing.plans.values()],
    docs: listing.docs,
    warnings,
  };
}
