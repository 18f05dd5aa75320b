import { WINDOW_TOKENS } from "../defaults.js";
import {
  contextAround,
  highlightRects,
  ID_WINDOW_TOKENS,
  mentionId,
} from "../match/index.js";
import { findText, wholeWordsSpan } from "../normalise/index.js";
import { fail, ok } from "../problem.js";
import { locateInDocument } from "../scan/index.js";
import {
  beyondTables,
  readDocuments,
  scanTables,
  type Db,
} from "../store/index.js";
import type { PageText, Result, Span } from "../types.js";

// `stp-scan code` (spec v2.1 point 4): an analyst codes a passage the lexicon missed (words of a page, with a
// concept, a name and a note), or withdraws one (`undo`). The passage is found on the stored page text, so it is
// a span like any mention's, with its context, location and highlight; anything that cannot be coded is a value
// naming the document, the page and why, and nothing is stored.

/** What to code. */
export type CodeRequest = {
  /** Path as corpus list gives it. */
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  /**
   * The passage: its words as on the page (case, line breaks and hyphens at line ends aside) and which of the places
   * they stand on the page (1-based, default 1); or its span of the stored page text (a selection in the browser),
   * widened to whole words.
   */
  readonly words:
    | { readonly text: string; readonly occurrence?: number }
    | { readonly span: Span };
  readonly concept: string;
  /** Its reason, a codebook id that counts as accept (checked by the caller); null or absent: none. */
  readonly code?: string | null;
  readonly note: string;
  readonly auditor: string;
  readonly undo: boolean;
};

/** The row written, and how many places on the page hold its words (the one coded is `occurrence`). */
export type Coded = {
  readonly passage: beyondTables.CodedPassage;
  readonly occurrence: number;
  readonly occurrences: number;
};

/** The term a coded passage's id is made with: its concept, so one span coded under two concepts is two passages. */
const termOf = (concept: string) => `analyst:${concept}`;

/** Checks the request against the stored page, appends one row (coded, or withdrawn), or says why not. */
export function codePassage(db: Db, request: CodeRequest): Result<Coded> {
  const found = placeOf(db, request);
  if (!found.ok) return found;
  const { sha256, page, span, spans } = found.value;
  const passage = { ...passageAt(db, page, span, spans, request), sha256 };
  if (request.undo) {
    const standing = beyondTables.readCodedPassage(db, passage.mentionId);
    if (standing === null || standing.withdrawn || standing.sha256 !== sha256)
      return refusal(
        request,
        `no coded passage stands there under ${request.concept}, so nothing to withdraw`,
      );
  }
  return ok({
    passage: beyondTables.appendCodedPassage(db, {
      ...passage,
      note: request.note.trim() === "" ? "withdrawn" : request.note,
      auditor: request.auditor,
      code: request.code ?? null,
      withdrawn: request.undo,
    }),
    occurrence: spans.indexOf(span) + 1,
    occurrences: spans.length,
  });
}

/** What withdrawing a coded passage by its id takes. */
export type WithdrawRequest = {
  readonly mentionId: string;
  readonly auditor: string;
  /** Why; empty: "withdrawn". */
  readonly note: string;
};

/** Withdraws the standing passage `mentionId` (a new row, the coded one copied with withdrawn set), or says why not. */
export function withdrawCodedPassage(
  db: Db,
  request: WithdrawRequest,
): Result<beyondTables.CodedPassage> {
  const standing = beyondTables.readCodedPassage(db, request.mentionId);
  if (standing === null || standing.withdrawn)
    return fail({
      file: request.mentionId,
      reason: "no coded passage stands with this id, so nothing to withdraw",
    });
  const { rowId: _row, codedAt: _at, ...passage } = standing;
  return ok(
    beyondTables.appendCodedPassage(db, {
      ...passage,
      note: request.note.trim() === "" ? "withdrawn" : request.note,
      auditor: request.auditor,
      withdrawn: true,
    }),
  );
}

/** A problem about the request's page: `<document>: page N: <reason>`. */
const refusal = (request: CodeRequest, reason: string) =>
  fail({ file: request.document, reason: `page ${request.page}: ${reason}` });

/**
 * Where the request's words stand: its document's file, its page, the span of the occurrence asked for and every
 * place they stand on the page; or why they cannot be coded there.
 */
function placeOf(
  db: Db,
  request: CodeRequest,
): Result<{ sha256: string; page: PageText; span: Span; spans: Span[] }> {
  if (!request.undo && request.note.trim() === "")
    return refusal(
      request,
      `--note must say why the passage discusses ${request.concept}`,
    );
  const doc = readDocuments(db).find((d) => d.document === request.document);
  if (doc === undefined || doc.sha256 === null)
    return fail({
      file: request.document,
      reason:
        "no such document in the database (paths as in corpus list, e.g. plans/<plan>/<file>.pdf)",
    });
  if (doc.status === "duplicate")
    return fail({
      file: request.document,
      reason: `a duplicate of ${doc.duplicate_of ?? "an earlier document"}, which adds nothing to its plan: code the passage there`,
    });
  if (doc.pages !== null && (request.page < 1 || request.page > doc.pages))
    return refusal(request, `not a page of it (it has ${doc.pages})`);
  const pages = scanTables.readPages(db, doc.sha256);
  const page = pages.find((p) => p.page === request.page);
  if (page === undefined || page.raw.trim() === "")
    return refusal(
      request,
      "no text is stored for this page, so nothing on it can be coded",
    );
  const { words } = request;
  if ("span" in words) {
    const span = spanOf(page.raw, words.span);
    if (span === null)
      return refusal(
        request,
        `characters ${words.span.start}-${words.span.end} hold no word of the page's text (it has ${page.raw.length} characters)`,
      );
    return ok({ sha256: doc.sha256, page, ...span });
  }
  const spans = findText(page.raw, words.text);
  const occurrence = words.occurrence ?? 1;
  const span = spans[occurrence - 1];
  if (spans.length === 0)
    return refusal(
      request,
      `"${words.text}" is not on this page${elsewhere(pages, page.page, words.text)}`,
    );
  if (span === undefined)
    return refusal(
      request,
      `"${words.text}" stands ${spans.length === 1 ? "once" : `${spans.length} times`} on this page, so there is no occurrence ${occurrence}`,
    );
  return ok({ sha256: doc.sha256, page, span, spans });
}

/**
 * A selected span widened to whole words, and every place its words stand on the page (the one selected among
 * them, as if they had been typed with their occurrence); null when it holds no word.
 */
function spanOf(
  raw: string,
  selected: Span,
): { span: Span; spans: Span[] } | null {
  const widened = wholeWordsSpan(raw, selected);
  if (widened === null) return null;
  const spans = findText(raw, raw.slice(widened.start, widened.end));
  const span = spans.find(
    (s) => s.start === widened.start && s.end === widened.end,
  );
  // Words found only read another way (a hyphen at a line end) stand where they were selected all the same.
  if (span !== undefined) return { span, spans };
  const all = [...spans, widened].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  return { span: widened, spans: all };
}

/** The passage at `span`: its id (as a mention's), surface, context, location and highlight. */
function passageAt(
  db: Db,
  page: PageText,
  span: Span,
  spans: readonly Span[],
  request: CodeRequest,
): Omit<
  beyondTables.NewCodedPassage,
  "sha256" | "note" | "auditor" | "withdrawn" | "code"
> {
  const surface = page.raw.slice(span.start, span.end);
  const passageOf = (s: Span) => {
    const around = contextAround(page.raw, s, ID_WINDOW_TOKENS);
    return [
      around.left,
      page.raw.slice(s.start, s.end).replace(/\s+/g, " "),
      around.right,
    ].join(" ");
  };
  const passage = passageOf(span);
  // Identical passages on one page are told apart by their order, as the scan's mentions are.
  const ordinal = spans
    .slice(0, spans.indexOf(span))
    .filter((s) => passageOf(s) === passage).length;
  const { left, right } = contextAround(page.raw, span, WINDOW_TOKENS);
  const [location = null] = locateInDocument(db, request.document, [
    { page: page.page, start: span.start },
  ]);
  return {
    mentionId: mentionId({
      document: request.document,
      page: page.page,
      termId: termOf(request.concept),
      passage,
      ordinal,
    }),
    document: request.document,
    page: page.page,
    start: span.start,
    end: span.end,
    surface,
    leftContext: left,
    rightContext: right,
    concept: request.concept,
    location,
    boxes: highlightRects(page.raw, page.boxes ?? [], span),
  };
}

/** "; it is on page 7" (or pages), when the words stand on other pages of the document. */
function elsewhere(
  pages: readonly PageText[],
  page: number,
  text: string,
): string {
  const on = pages
    .filter((p) => p.page !== page && findText(p.raw, text).length > 0)
    .map((p) => p.page);
  if (on.length === 0) return " (nor on any other page of the document)";
  return `; it is on page${on.length === 1 ? "" : "s"} ${on.slice(0, 5).join(", ")}${on.length > 5 ? ", ..." : ""}`;
}
