import type {
  CodebookJson,
  ClustersJson,
  CollocatesJson,
  DispersionJson,
  ErrorJson,
  MentionsJson,
  PageJson,
  PlanJson,
  PlansJson,
  ReportJson,
  ReportOpenRequest,
  ReportRequest,
  SearchJson,
  StatisticJson,
  StatisticReportJson,
  VerdictJson,
  VerdictRequest,
  WordsJson,
  DocumentsAddedJson,
  DocumentRemovedJson,
  CorpusListJson,
  LexiconJson,
  LexiconTermJson,
  PageDeclarationRequest,
  PageDeclarationsJson,
  DuplicateDeclarationsJson,
  ScanEventJson,
  VerdictsJson,
  VerdictsRequest,
  CandidatesJson,
  ElusionJson,
  ElusionDrawRequest,
  ElusionDrawnJson,
  ElusionJudgementRequest,
  ElusionJudgedJson,
  CodePassageRequest,
  CodedPassageJson,
  CodedPassageWithdrawnJson,
} from "../../../pipeline/serve/api-types.js";

/** The app's HTTP API, typed by serve/api-types.ts. */
export type Api = {
  readonly mentions: (query: URLSearchParams) => Promise<MentionsJson>;
  readonly statistic: () => Promise<StatisticJson>;
  readonly postVerdict: (request: VerdictRequest) => Promise<VerdictJson>;
  /** The codebook of reasons a verdict may carry. */
  readonly codes: () => Promise<CodebookJson>;
  /** Where pdf.js reads a document's PDF, by the document's stored path. */
  readonly documentSource: (document: string) => PdfSource;
  readonly figure: (query: URLSearchParams) => Promise<StatisticReportJson>;
  readonly plans: () => Promise<PlansJson>;
  readonly plan: (id: string) => Promise<PlanJson>;
  readonly search: (query: URLSearchParams) => Promise<SearchJson>;
  /** A page, with the places of `query` (q, mode) on it when one is given. */
  readonly page: (
    document: string,
    page: number,
    query: URLSearchParams,
  ) => Promise<PageJson>;
  readonly dispersion: (query: URLSearchParams) => Promise<DispersionJson>;
  readonly collocates: (query: URLSearchParams) => Promise<CollocatesJson>;
  readonly words: (query: URLSearchParams) => Promise<WordsJson>;
  readonly clusters: (query: URLSearchParams) => Promise<ClustersJson>;
  readonly writeReport: (request: ReportRequest) => Promise<ReportJson>;
  /**
   * A one-use address of a written report, for a tab of its own: a new tab sends no header, and the token is
   * never put in an address (the tab's history, the page's own location).
   */
  readonly openReport: (request: ReportOpenRequest) => Promise<ReportJson>;
  /** One verdict for several mentions (identical passages). */
  readonly postVerdicts: (request: VerdictsRequest) => Promise<VerdictsJson>;
  /** Adds one PDF to the corpus (multipart: file, plan or new_plan and region, role), as `stp-scan add`. */
  readonly addDocument: (form: FormData) => Promise<DocumentsAddedJson>;
  readonly removeDocument: (document: string) => Promise<DocumentRemovedJson>;
  /** The corpus folder's plans and documents (`corpus list --json`), those not yet scanned too. */
  readonly corpus: () => Promise<CorpusListJson>;
  readonly declarePages: (
    request: PageDeclarationRequest,
  ) => Promise<PageDeclarationsJson>;
  /** Declares `document` a duplicate of `of` (`corpus declare-duplicate`), or withdraws that (`undo`). */
  readonly declareDuplicate: (request: {
    readonly document: string;
    readonly of: string | null;
    readonly note: string;
    readonly undo?: boolean;
  }) => Promise<DuplicateDeclarationsJson>;
  readonly startScan: () => Promise<unknown>;
  readonly cancelScan: () => Promise<unknown>;
  /** Calls `onEvent` with each event of the scan until its last; resolves then (the stream's end). */
  readonly scanEvents: (onEvent: (e: ScanEventJson) => void) => Promise<void>;
  readonly lexicon: () => Promise<LexiconJson>;
  /** What a proposed phrase would find (the search, as a lexicon term matches). */
  readonly previewTerm: (phrase: string) => Promise<SearchJson>;
  readonly saveLexicon: (
    terms: readonly LexiconTermJson[],
  ) => Promise<LexiconJson>;
  /** A download's bytes (an export table, the bundle), asked with the token, and the file name it offers. */
  readonly file: (path: string) => Promise<{ blob: Blob; name: string }>;
  /** A page of the candidates queue (concept, limit, offset), as `candidates --json` ranks it. */
  readonly candidates: (query: URLSearchParams) => Promise<CandidatesJson>;
  /** The latest elusion draw with its figures and pages; null before any. */
  readonly elusion: () => Promise<ElusionJson>;
  readonly drawElusion: (
    request: ElusionDrawRequest,
  ) => Promise<ElusionDrawnJson>;
  readonly judgeElusion: (
    request: ElusionJudgementRequest,
  ) => Promise<ElusionJudgedJson>;
  /** Codes a span of a page's text (POST /api/coded-passages). */
  readonly codePassage: (
    request: CodePassageRequest,
  ) => Promise<CodedPassageJson>;
  /** Withdraws a coded passage (POST /api/coded-passages/withdraw). */
  readonly withdrawPassage: (
    mentionId: string,
  ) => Promise<CodedPassageWithdrawnJson>;
};

/** A PDF's address and the header that lets pdf.js read it. */
export type PdfSource = {
  readonly url: string;
  readonly httpHeaders: Readonly<Record<string, string>>;
};

/** A document's stored path as one segment of an address (the contract's document id). */
export const documentSegment = (document: string) =>
  encodeURIComponent(document);

/** The file name a download offers (Content-Disposition), else the last part of its path. */
function fileNameOf(r: Response, path: string): string {
  const given = /filename="?([^";]+)"?/.exec(
    r.headers.get("content-disposition") ?? "",
  )?.[1];
  return given ?? path.split("?")[0]?.split("/").pop() ?? "download";
}

/** How long the app keeps asking while another stp-scan command writes the database. */
const BUSY_TRIES = 60;

/** The error an answer carries (`{ "error": reason }`), or its status when it carries none. */
async function problemOf(r: Response, path: string): Promise<Error> {
  const body = (await r.json().catch(() => null)) as ErrorJson | null;
  return new Error(
    `${path}: ${typeof body?.error === "string" ? body.error : `${r.status} ${r.statusText}`}`,
  );
}

/**
 * The API with `token`. A 503 means another stp-scan command is writing the database: `onWait(true)` lets the
 * page say so, and the request is asked again after Retry-After, for a minute at most.
 */
export function createApi(
  token: string,
  onWait: (waiting: boolean) => void,
): Api {
  const headers = { "X-STP-Token": token };
  const ask = async (
    path: string,
    init: RequestInit = {},
  ): Promise<Response> => {
    for (let tries = 0; ; tries++) {
      const r = await fetch(path, {
        credentials: "omit",
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string>) },
      });
      if (r.status === 503 && tries < BUSY_TRIES) {
        onWait(true);
        const seconds = Number(r.headers.get("retry-after")) || 1;
        await new Promise((ok) => setTimeout(ok, 1000 * seconds));
        continue;
      }
      onWait(false);
      if (!r.ok) throw await problemOf(r, path);
      return r;
    }
  };
  const request = async <T>(path: string, init: RequestInit = {}): Promise<T> =>
    (await (await ask(path, init)).json()) as T;
  const post = <T>(path: string, body: object): Promise<T> =>
    request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const json = <T>(method: string, path: string, body?: object): Promise<T> =>
    request(path, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          }),
    });
  const source = (url: string): PdfSource => ({ url, httpHeaders: headers });
  return {
    mentions: (query) => request(`/api/mentions?${query.toString()}`),
    statistic: () => request("/api/stats"),
    codes: () => request("/api/codes"),
    postVerdict: (body) => post("/api/verdict", body),
    documentSource: (document) =>
      source(`/api/documents/${documentSegment(document)}/pdf`),
    figure: (query) => request(`/api/statistic?${query.toString()}`),
    plans: () => request("/api/plans"),
    plan: (id) => request(`/api/plans/${encodeURIComponent(id)}`),
    search: (query) => request(`/api/search?${query.toString()}`),
    page: (document, page, query) =>
      request(
        `/api/documents/${documentSegment(document)}/pages/${page}?${query.toString()}`,
      ),
    dispersion: (query) =>
      request(`/api/search/dispersion?${query.toString()}`),
    collocates: (query) => request(`/api/collocates?${query.toString()}`),
    words: (query) => request(`/api/words?${query.toString()}`),
    clusters: (query) => request(`/api/clusters?${query.toString()}`),
    writeReport: (body) => post("/api/report", body),
    openReport: (body) => post("/api/report/open", body),
    postVerdicts: (body) => post("/api/verdicts", body),
    addDocument: (form) =>
      request("/api/documents", { method: "POST", body: form }),
    corpus: () => request("/api/corpus"),
    removeDocument: (document) =>
      json("DELETE", `/api/documents/${documentSegment(document)}`),
    declarePages: (body) => post("/api/page-declarations", body),
    declareDuplicate: (body) => post("/api/duplicate-declarations", body),
    startScan: () => json("POST", "/api/scan"),
    cancelScan: () => json("DELETE", "/api/scan"),
    scanEvents: async (onEvent) => {
      const r = await ask("/api/scan/events");
      await readEvents(r, onEvent);
    },
    lexicon: () => request("/api/lexicon"),
    previewTerm: (phrase) =>
      request(
        `/api/lexicon/preview?${new URLSearchParams({ phrase }).toString()}`,
      ),
    saveLexicon: (terms) => json("PUT", "/api/lexicon", { terms }),
    codePassage: (body) => post("/api/coded-passages", body),
    withdrawPassage: (mentionId) =>
      post("/api/coded-passages/withdraw", { mention_id: mentionId }),
    file: async (path) => {
      const r = await ask(path);
      return { blob: await r.blob(), name: fileNameOf(r, path) };
    },
    candidates: (query) => request(`/api/candidates?${query.toString()}`),
    elusion: () => request("/api/elusion"),
    drawElusion: (body) => post("/api/elusion/draws", body),
    judgeElusion: (body) => post("/api/elusion/judgements", body),
  };
}

/**
 * The server-sent events of an answer, each `data:` line's JSON given to `onEvent`, until the stream ends. Read
 * from fetch rather than EventSource, which cannot send the token's header.
 */
async function readEvents(
  r: Response,
  onEvent: (e: ScanEventJson) => void,
): Promise<void> {
  const reader = r.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) return;
  let kept = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    kept += value;
    const blocks = kept.split("\n\n");
    kept = blocks.pop() ?? "";
    for (const block of blocks)
      if (block.startsWith("data: "))
        onEvent(JSON.parse(block.slice("data: ".length)) as ScanEventJson);
  }
}
