import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import {
  broadJson,
  broadStatisticOf,
  codebookOf,
  resolvePassageCode,
} from "../audit/index.js";
import {
  codePassage,
  withdrawCodedPassage,
  type CodeRequest,
} from "../curate/index.js";
import { unknownNameOf } from "../explore/store/index.js";
import { problemLine } from "../problem.js";
import { describeBroad } from "../report/index.js";
import type { Problem } from "../types.js";
import type { AppContext } from "./app-context.js";
import { mentionsOn } from "./documents-route.js";
import { answer, refusal } from "./respond.js";
import { jsonObjectOf } from "./verdict-route.js";
import type {
  BroadLineJson,
  CodedPassageJson,
  CodedPassageWithdrawnJson,
} from "./api-types.js";

// Coding a passage in the browser (spec v2.1 point 4): the page viewer's selection, or a search hit, coded with a
// concept, a reason and a note, as `stp-scan code` does; and withdrawing one. Both append a row (coded_passages is
// append-only) and answer the broad and headline figures after it.

/** What POST /api/coded-passages asks, once its fields are of the right kinds. */
type CodeBody = {
  readonly document: string;
  readonly page: number;
  readonly words: CodeRequest["words"];
  readonly concept: string;
  readonly code: string;
  readonly note: string;
  readonly auditor: string;
};

const isWhole = (n: unknown): n is number =>
  typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/** The body's fields, or why it is not a request to code (a 400). */
function codeBodyOf(app: AppContext, text: string): CodeBody | string {
  const body = jsonObjectOf(text);
  if (body === null)
    return "a JSON object with document, page, start, end, concept, code and note needed";
  const { document, page, concept, code, note } = body;
  const auditor = body["auditor"] ?? app.options.auditor;
  if (typeof document !== "string" || !isWhole(page) || page < 1)
    return "document (as the corpus names it) and page (1-based) needed";
  const words = wordsOf(body);
  if (typeof words === "string") return words;
  if (typeof concept !== "string" || concept === "")
    return "concept needed: the concept the words discuss (the lexicon's)";
  if (typeof code !== "string" || code.trim() === "")
    return "code needed: the reason, a code of the codebook that counts as accept (GET /api/codes)";
  if (typeof note !== "string" || note.trim() === "")
    return `the note must say why the passage discusses ${concept}`;
  if (typeof auditor !== "string" || auditor.trim() === "")
    return "auditor must be a name";
  return { document, page, words, concept, code, note, auditor };
}

/** The passage asked: a span of the page's text, or words typed with their occurrence; or why neither is given. */
function wordsOf(body: Record<string, unknown>): CodeRequest["words"] | string {
  const { start, end, text, occurrence } = body;
  if (typeof text === "string") {
    if (occurrence !== undefined && (!isWhole(occurrence) || occurrence < 1))
      return "occurrence must be a whole number, 1 or more";
    return occurrence === undefined
      ? { text }
      : { text, occurrence: occurrence };
  }
  if (!isWhole(start) || !isWhole(end) || end <= start)
    return "start and end needed: the span [start, end) of the page's text to code (or text, and occurrence)";
  return { span: { start, end } };
}

/** codePassage's refusal in the browser's words (its options are the body's fields). */
const refused = (problem: Problem) =>
  refusal(400, problemLine(problem).replace("--note must", "the note must"));

/** The broad figure (with its line, as `stp-scan code` prints it) and the headline figure, as they stand now. */
function figuresAfter(app: AppContext): {
  broad: BroadLineJson;
  statistic: CodedPassageJson["statistic"];
} {
  // The app wrote a mention: the corpus it keeps and every answer worked out from it are read again.
  app.view.reread();
  app.answers.forget();
  const broad = broadStatisticOf(app.options.db, app.options.threshold);
  return {
    broad: { ...broadJson(broad), line: describeBroad(broad) },
    statistic: app.view.verdicts().statistic(),
  };
}

/** POST /api/coded-passages: codes the span of a stored page's text, or says why not in one line. */
function codeSpan(app: AppContext, text: string): Response {
  const asked = codeBodyOf(app, text);
  if (typeof asked === "string") return refusal(400, asked);
  const { db } = app.options;
  const unknown = unknownNameOf(db, app.dbFile, { concept: asked.concept });
  if (unknown !== null) return refusal(400, unknown);
  const code = resolvePassageCode(codebookOf(db), asked.code);
  if (code.problem !== null) return refusal(400, code.problem);
  const coded = codePassage(db, {
    ...asked,
    code: code.id,
    undo: false,
  });
  if (!coded.ok) return refused(coded.problem);
  const figures = figuresAfter(app);
  const { passage } = coded.value;
  const row = mentionsOn(app, passage.document, passage.page).find(
    (m) => m.id === passage.mentionId,
  );
  if (row === undefined)
    return refusal(500, `${passage.mentionId}: coded, but not found again`);
  return answer(200, {
    passage: row,
    text: passage.surface,
    ...figures,
  } satisfies CodedPassageJson);
}

/** POST /api/coded-passages/withdraw: withdraws a standing coded passage (a new row), or says why not. */
function withdraw(app: AppContext, text: string): Response {
  const body = jsonObjectOf(text);
  const id = body?.["mention_id"];
  const note = body?.["note"] ?? "";
  const auditor = body?.["auditor"] ?? app.options.auditor;
  if (
    typeof id !== "string" ||
    typeof note !== "string" ||
    typeof auditor !== "string"
  )
    return refusal(
      400,
      "a JSON object with mention_id (the coded passage's) needed",
    );
  const withdrawn = withdrawCodedPassage(app.options.db, {
    mentionId: id,
    note,
    auditor,
  });
  if (!withdrawn.ok) return refusal(404, problemLine(withdrawn.problem));
  return answer(200, {
    mention_id: id,
    withdrawn: true,
    ...figuresAfter(app),
  } satisfies CodedPassageWithdrawnJson);
}

const small = () =>
  bodyLimit({
    maxSize: 20_000,
    onError: () => refusal(413, "request too large"),
  });

/** Coded passages: code a span of a page, withdraw one. */
export const codedPassageRoutes = (app: AppContext) =>
  new Hono()
    .post("/api/coded-passages", small(), async (c) =>
      codeSpan(app, await c.req.text()),
    )
    .post("/api/coded-passages/withdraw", small(), async (c) =>
      withdraw(app, await c.req.text()),
    );
