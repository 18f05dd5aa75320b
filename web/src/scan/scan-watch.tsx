import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import type { ScanEventJson } from "../../../pipeline/serve/api-types.js";

type Progress = Extract<ScanEventJson, { type: "progress" }>;
type End = Extract<ScanEventJson, { type: "end" }>;

/** What the app knows of the scan: its latest progress, its notices, how it ended; `watch` follows it anew. */
export type ScanWatch = {
  readonly progress: Progress | null;
  readonly notices: readonly string[];
  readonly end: End | null;
  readonly running: boolean;
  readonly problem: string;
  readonly watch: () => Promise<void>;
};

/**
 * Follows the workbench's scan (GET /api/scan/events), from what happened so far to its end; at once when
 * `followNow` (the Scan view shows the last scan), else from the first `watch()` (the Lexicon view, after a save).
 */
export function useScanWatch(
  api: Api,
  onEnd?: (end: End) => void,
  followNow = true,
): ScanWatch {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [end, setEnd] = useState<End | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState("");
  const watch = async () => {
    setProgress(null);
    setNotices([]);
    setEnd(null);
    setProblem("");
    await api
      .scanEvents((e) => {
        if (e.type === "progress") {
          setRunning(true);
          setProgress(e);
        } else if (e.type === "notice") setNotices((n) => [...n, e.line]);
        else if (e.type === "end") {
          setRunning(false);
          setEnd(e);
          onEnd?.(e);
        }
      })
      .catch((e: unknown) => setProblem(reasonOf(e)));
    setRunning(false);
  };
  useEffect(() => {
    if (followNow) void watch();
  }, []);
  return { progress, notices, end, running, problem, watch };
}

const HOW: Readonly<Record<End["how"], string>> = {
  finished: "The scan finished.",
  stopped: "The scan was cancelled; what it stored stays.",
  failed: "The scan failed.",
};

/** The scan's progress bar and line, its notices, and how it ended with `scan`'s summary of what changed. */
export function ScanProgress({
  scan,
}: {
  readonly scan: ScanWatch;
}): JSX.Element {
  const { progress, end } = scan;
  return (
    <div class="scan-progress">
      {progress !== null && (
        <>
          <progress
            id="scan-bar"
            max={Math.max(1, progress.documentsTotal)}
            value={progress.documentsDone}
            aria-label="documents scanned"
          />
          <p id="scan-line" aria-live="polite">
            {progress.line}
          </p>
        </>
      )}
      <ProblemLine text={scan.problem} />
      {end !== null && (
        <div id="scan-end" role="status" data-how={end.how}>
          <p>
            <strong>{HOW[end.how]}</strong> {end.reason ?? ""}
          </p>
          {end.outcome !== null && <pre class="outcome">{end.outcome}</pre>}
        </div>
      )}
      {scan.notices.length > 0 && (
        <details>
          <summary>Notices ({scan.notices.length})</summary>
          <ul class="notices">
            {scan.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
