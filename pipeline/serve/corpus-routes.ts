import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import {
  addFiles,
  AddError,
  CorpusBusyError,
  listCorpus,
  NOT_SCANNED,
  removeDocument,
  safeFileName,
  type AddOutcome,
} from "../curate/index.js";
import { UPLOAD_MAX_BYTES } from "../defaults.js";
import { problemLine } from "../problem.js";
import { readLatestRunInfo } from "../store/index.js";
import type { AppContext } from "./app-context.js";
import type {
  AddedJson,
  CorpusListJson,
  DocumentRemovedJson,
  DocumentsAddedJson,
} from "./write-types.js";
import { answer, BAD_ENCODING, pathAfter, refusal } from "./respond.js";
import { SCAN_RUNNING } from "./scan-job.js";

const ROLES = ["plan", "summary", "appendix"] as const;

/** The fields of an upload as `stp-scan add` takes its options, or why they cannot be used (a 400). */
function uploadOf(form: Record<string, unknown>):
  | {
      file: File;
      plan: string | null;
      newPlan: { name: string; region: string } | null;
      role: string;
    }
  | string {
  const file = form["file"];
  if (!(file instanceof File))
    return "file: choose a PDF to add (multipart field file)";
  const text = (name: string) => {
    const v = form[name];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  };
  const role = text("role") ?? "plan";
  if (!(ROLES as readonly string[]).includes(role))
    return `role: one of ${ROLES.join(", ")} (not "${role}")`;
  const name = text("new_plan");
  return {
    file,
    plan: text("plan"),
    newPlan: name === null ? null : { name, region: text("region") ?? "" },
    role,
  };
}

/**
 * A reason of `add` in the form's words rather than the command line's: the app has no --force (a file that
 * cannot be counted is not added from the browser), and its fields are plan, new_plan and region.
 */
export function inFormWords(reason: string): string {
  return reason
    .replace(/; --force adds it anyway \([^)]*\)$/, "")
    .replace(
      /--new-plan "Name" --region REGION/g,
      "a new plan (name and region)",
    )
    .replace(/--new-plan/g, "new plan")
    .replace(/--plan <plan-id>/g, "a plan")
    .replace(/--plan /g, "plan ")
    .replace(/--plan:/g, "plan:")
    .replace(/ \(stp-scan corpus list\)/g, "");
}

/** An outcome of `add` as the app answers it, the file named as uploaded rather than by its place in a temp folder. */
function addedJson(
  outcome: AddOutcome,
  uploaded: string,
  temp: string,
): AddedJson {
  const named = (text: string) => inFormWords(text.split(temp).join(uploaded));
  return outcome.kind === "added"
    ? {
        kind: "added",
        file: uploaded,
        path: outcome.path,
        status: outcome.status,
        pages: outcome.pageCount,
        problem:
          outcome.problem === null ? null : named(problemLine(outcome.problem)),
      }
    : { kind: "refused", file: uploaded, reason: named(outcome.reason) };
}

/**
 * POST /api/documents: one uploaded PDF added as `stp-scan add --plan P` (or `--new-plan N --region R`) adds it,
 * through the same checks: held in a temp folder under the name `add` would give it, then copied into the corpus
 * atomically. It is not scanned: the next scan (POST /api/scan) reads it, as the analyst chooses.
 */
async function addDocument(
  app: AppContext,
  form: Record<string, unknown>,
): Promise<Response> {
  const upload = uploadOf(form);
  if (typeof upload === "string") return refusal(400, upload);
  const folder = mkdtempSync(join(tmpdir(), "stp-upload-"));
  const temp = join(folder, safeFileName(upload.file.name));
  try {
    writeFileSync(temp, new Uint8Array(await upload.file.arrayBuffer()));
    const report = await app.scanJob.exclusive(() =>
      addFiles({
        db: app.dbFile,
        files: [temp],
        plan: upload.plan,
        newPlan: upload.newPlan,
        role: upload.role,
        title: null,
        force: false,
        dryRun: false,
        scan: false,
      }),
    );
    if (report === SCAN_RUNNING) return refusal(409, SCAN_RUNNING);
    return answer(200, {
      plan: report.plan.id,
      newPlan: report.isNewPlan,
      outcomes: report.outcomes.map((o) =>
        addedJson(o, upload.file.name, temp),
      ),
    } satisfies DocumentsAddedJson);
  } catch (error) {
    if (error instanceof AddError)
      return refusal(400, inFormWords(error.message));
    if (error instanceof CorpusBusyError) return refusal(409, error.message);
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The corpus folder the database was scanned from; null before any scan. */
const corpusOf = (app: AppContext) =>
  readLatestRunInfo(app.options.db)?.corpus ?? null;

/** DELETE /api/documents/<document>: `corpus remove` (set aside under removed/, then scanned out). */
async function deleteDocument(app: AppContext, url: string): Promise<Response> {
  const document = pathAfter(url, "/api/documents/");
  if (document === null) return refusal(400, BAD_ENCODING);
  const corpus = corpusOf(app);
  if (corpus === null)
    return refusal(404, "no corpus scanned into this database yet");
  try {
    const report = await app.scanJob.exclusive(() =>
      removeDocument({ corpus, db: app.dbFile, document, dryRun: false }),
    );
    if (report === SCAN_RUNNING) return refusal(409, SCAN_RUNNING);
    return answer(200, {
      document: report.document,
      plan: report.planId,
      asideTo: report.asideTo,
      verdictsKept: report.verdictsKept,
    } satisfies DocumentRemovedJson);
  } catch (error) {
    if (error instanceof AddError) return refusal(404, error.message);
    if (error instanceof CorpusBusyError) return refusal(409, error.message);
    throw error;
  }
}

/** A size in the analyst's units: whole megabytes, else kilobytes (rounded up), else bytes. */
function sizeInWords(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes % mb === 0) return `${bytes / mb} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${bytes} bytes`;
}

/** Refuses an upload over `maxBytes` with 413 and one line, before any of it is written. */
const uploadLimit = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () =>
      refusal(
        413,
        `the file is too large: at most ${sizeInWords(maxBytes)} in one upload`,
      ),
  });

/** GET /api/corpus: `corpus list --json` of the corpus the database was scanned from, files not yet scanned too. */
function listedCorpus(app: AppContext): Response {
  const corpus = corpusOf(app);
  if (corpus === null)
    return refusal(404, "no corpus scanned into this database yet");
  const plans = listCorpus(corpus, app.dbFile);
  return answer(200, {
    corpus,
    plans,
    waiting: plans.flatMap((p) =>
      p.documents
        .filter((d) => d.status === NOT_SCANNED)
        .map((d) => ({ document: d.document, plan: p.id, role: d.role })),
    ),
  } satisfies CorpusListJson);
}

/** The corpus of the workbench: list it, add and remove documents. */
export const corpusRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/corpus", () => listedCorpus(app))
    .post(
      "/api/documents",
      uploadLimit(app.options.uploadMaxBytes ?? UPLOAD_MAX_BYTES),
      async (c) => {
        if (
          !(c.req.header("content-type") ?? "").startsWith(
            "multipart/form-data",
          )
        )
          return refusal(
            400,
            "send the file as multipart/form-data (fields file, plan, role)",
          );
        return addDocument(app, await c.req.parseBody());
      },
    )
    .delete("/api/documents/:document{.+}", (c) =>
      deleteDocument(app, c.req.url),
    );
