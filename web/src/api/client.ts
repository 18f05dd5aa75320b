import type {
  CodebookJson,
  ErrorJson,
  MentionsJson,
  StatisticJson,
  VerdictJson,
  VerdictRequest,
} from "../../../pipeline/serve/api-types.js";

/** The app's HTTP API, typed by serve/api-types.ts. */
export type Api = {
  readonly mentions: (query: URLSearchParams) => Promise<MentionsJson>;
  readonly statistic: () => Promise<StatisticJson>;
  readonly postVerdict: (request: VerdictRequest) => Promise<VerdictJson>;
  /** The codebook of reasons a verdict may carry. */
  readonly codes: () => Promise<CodebookJson>;
  /** Where pdf.js reads the PDF of a mention's document, with the header it needs. */
  readonly pdfSource: (mentionId: string) => {
    readonly url: string;
    readonly httpHeaders: Readonly<Record<string, string>>;
  };
};

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
  const request = async <T>(
    path: string,
    init: RequestInit = {},
  ): Promise<T> => {
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
      return (await r.json()) as T;
    }
  };
  return {
    mentions: (query) => request(`/api/mentions?${query.toString()}`),
    statistic: () => request("/api/stats"),
    codes: () => request("/api/codes"),
    postVerdict: (body) =>
      request("/api/verdict", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    pdfSource: (mentionId) => ({
      url: `/api/pdf/${encodeURIComponent(mentionId)}`,
      httpHeaders: headers,
    }),
  };
}
