import { Hono } from "hono";
import type { AppContext } from "./app-context.js";
import type { ScanEventJson, ScanStateJson } from "./write-types.js";
import { answer, refusal } from "./respond.js";
import { scanInThread } from "./scan-job.js";
import { jsonObjectOf } from "./verdict-route.js";

/** POST /api/scan's body: empty, or `{"force": true}` to read every document again (`scan --force`). */
function forceOf(text: string): boolean | string {
  if (text.trim() === "") return false;
  const force = jsonObjectOf(text)?.["force"];
  if (force === undefined || typeof force === "boolean") return force === true;
  return 'a JSON object, empty or with "force": true or false, needed';
}

/** Starts the scan of the database's corpus with its own settings, as `stp-scan scan --db` does. */
export function startScan(app: AppContext, force: boolean): string | null {
  return app.scanJob.start((hooks) => scanInThread(app.dbFile, force, hooks));
}

/** The scan's events as server-sent events, one JSON `data` each; the stream ends after the `end` event. */
function scanEvents(app: AppContext, request: Request): Response {
  const encoder = new TextEncoder();
  let unwatch = (): void => undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        unwatch();
        controller.close();
      };
      unwatch = app.scanJob.watch((event: ScanEventJson) => {
        if (!open) return;
        controller.enqueue(
          encoder.encode(`data: ${JSON.stringify(event)}\n\n`),
        );
        if (event.type === "end") queueMicrotask(close);
      });
      // Nothing ran since the app started: say so, and end.
      if (open && !app.scanJob.isBusy() && !app.scanJob.hasRun()) {
        controller.enqueue(
          encoder.encode(
            `data: ${JSON.stringify({ type: "idle" } satisfies ScanEventJson)}\n\n`,
          ),
        );
        close();
      }
      request.signal.addEventListener("abort", close, { once: true });
    },
    cancel: () => unwatch(),
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** The scan of the workbench: start it, watch it, stop it; one at a time, as on the command line. */
export const scanRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/scan", () =>
      answer(200, { running: app.scanJob.isBusy() } satisfies ScanStateJson),
    )
    .post("/api/scan", async (c) => {
      const force = forceOf(await c.req.text());
      if (typeof force === "string") return refusal(400, force);
      const refused = startScan(app, force);
      return refused === null
        ? answer(202, { running: true } satisfies ScanStateJson)
        : refusal(409, refused);
    })
    .delete("/api/scan", () =>
      app.scanJob.stop()
        ? answer(202, { running: true } satisfies ScanStateJson)
        : refusal(409, "no scan is running"),
    )
    .get("/api/scan/events", (c) => scanEvents(app, c.req.raw));
