import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { acceptPages, declareDuplicate } from "../curate/index.js";
import { problemLine } from "../problem.js";
import type { Problem } from "../types.js";
import type { AppContext } from "./app-context.js";
import type {
  DuplicateDeclarationsJson,
  PageDeclarationsJson,
} from "./write-types.js";
import { answer, refusal } from "./respond.js";
import { jsonObjectOf } from "./verdict-route.js";

/** What every declaration names: the document, the note saying why, who declares, and whether it is withdrawn. */
type Declaration = {
  readonly document: string;
  readonly note: string;
  readonly auditor: string;
  readonly undo: boolean;
  /** The request's other fields, as sent. */
  readonly body: Record<string, unknown>;
};

/** A declaration's common fields from a JSON body, or null when they are missing or of the wrong kind. */
function declarationOf(app: AppContext, text: string): Declaration | null {
  const body = jsonObjectOf(text);
  const [document, note, undo, auditor] = [
    body?.["document"],
    body?.["note"],
    body?.["undo"] ?? false,
    body?.["auditor"] ?? app.options.auditor,
  ];
  return body === null ||
    typeof document !== "string" ||
    typeof note !== "string" ||
    typeof undo !== "boolean" ||
    typeof auditor !== "string"
    ? null
    : { document, note, auditor, undo, body };
}

/** The command's refusal in the form's words (its options are the body's fields). */
const refused = (problem: Problem) =>
  refusal(
    400,
    problemLine(problem)
      .replace("--note must", "the note must")
      .replace("--of", "of"),
  );

/** POST /api/page-declarations: `corpus accept-pages` (unreadable pages declared read, with a note). */
function declarePages(app: AppContext, text: string): Response {
  const d = declarationOf(app, text);
  const pages = d?.body["pages"];
  if (d === null || (typeof pages !== "string" && typeof pages !== "number"))
    return refusal(
      400,
      "a JSON object with document, pages (3 or 3,5-6) and note needed (undo: true withdraws)",
    );
  const declared = acceptPages(app.options.db, { ...d, pages: String(pages) });
  if (!declared.ok) return refused(declared.problem);
  return answer(200, {
    document: d.document,
    pages: declared.value.map((row) => row.page),
    withdrawn: d.undo,
  } satisfies PageDeclarationsJson);
}

/** POST /api/duplicate-declarations: `corpus declare-duplicate` (a near-duplicate declared to repeat another). */
function declareDuplicateOf(app: AppContext, text: string): Response {
  const d = declarationOf(app, text);
  const of = d?.body["of"] ?? null;
  if (d === null || (of !== null && typeof of !== "string"))
    return refusal(
      400,
      "a JSON object with document, of (the document it repeats) and note needed (undo: true withdraws)",
    );
  const declared = declareDuplicate(app.options.db, { ...d, of });
  if (!declared.ok) return refused(declared.problem);
  return answer(200, {
    document: d.document,
    of: declared.value.row.duplicateOf,
    withdrawn: d.undo,
    changed: declared.value.changed,
  } satisfies DuplicateDeclarationsJson);
}

const small = () =>
  bodyLimit({
    maxSize: 10_000,
    onError: () => refusal(413, "request too large"),
  });

/** Declarations an analyst makes about the corpus: pages read, documents that repeat others. */
export const declarationRoutes = (app: AppContext) =>
  new Hono()
    .post("/api/page-declarations", small(), async (c) =>
      declarePages(app, await c.req.text()),
    )
    .post("/api/duplicate-declarations", small(), async (c) =>
      declareDuplicateOf(app, await c.req.text()),
    );
