// The server-sent events of GET /api/scan/events, read to their end (the stream closes after the last).
import type { ScanEventJson } from "../../pipeline/serve/api-types.js";
import type { Workbench } from "./workbench.js";

/** Every event of the scan the workbench runs (or ran last), in order, once its stream has ended. */
export async function scanEvents(served: Workbench): Promise<ScanEventJson[]> {
  const r = await fetch(`${served.base}/api/scan/events`, {
    headers: { authorization: `Bearer ${served.token}` },
  });
  if (r.status !== 200) throw new Error(`events: ${r.status}`);
  expect(r.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const text = await r.text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => JSON.parse(block.slice("data: ".length)) as ScanEventJson);
}

/** The last event of a scan: how it ended. */
export function endOf(events: readonly ScanEventJson[]) {
  const end = events.at(-1);
  if (end?.type !== "end")
    throw new Error(`no end event: ${JSON.stringify(events)}`);
  return end;
}
