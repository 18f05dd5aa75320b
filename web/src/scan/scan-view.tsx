import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { useLoad } from "../shell/use-load.js";
import { ScanProgress, useScanWatch } from "./scan-watch.js";

/** Scan: start a scan of the corpus (or cancel it), watch its progress, see the statistic move. */
export function ScanView({ api }: { readonly api: Api }): JSX.Element {
  const [round, setRound] = useState(0);
  const figure = useLoad(`scan-figure-${round}`, () =>
    api.figure(new URLSearchParams()),
  );
  const [before, setBefore] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  const scan = useScanWatch(api, () => setRound((r) => r + 1));
  useShown(figure, `scan-figure-${round}`);
  const share = (n: number, d: number) =>
    `${n} of ${d} plans (${d === 0 ? "–" : ((100 * n) / d).toFixed(1)}%)`;
  const now =
    figure.state === "done"
      ? share(figure.value.numerator, figure.value.denominator)
      : null;
  const start = () => {
    setProblem("");
    setBefore(now);
    api.startScan().then(
      () => void scan.watch(),
      (e: unknown) => setProblem(reasonOf(e)),
    );
  };
  return (
    <ViewFrame title="Scan" loaded={figure}>
      <p>
        Reads the corpus into the database as <code>stp-scan scan</code> does:
        new and changed documents are read, the rest kept.
      </p>
      <div class="toolbar">
        <button
          type="button"
          id="scan-start"
          onClick={start}
          disabled={scan.running}
        >
          Start the scan
        </button>
        <button
          type="button"
          id="scan-cancel"
          disabled={!scan.running}
          onClick={() => {
            api.cancelScan().catch((e: unknown) => setProblem(reasonOf(e)));
          }}
        >
          Cancel the scan
        </button>
      </div>
      <ProblemLine text={problem} />
      <p id="scan-figure">
        Plans that mention social value: <strong>{now ?? "…"}</strong>
        {before !== null && before !== now && scan.end !== null && (
          <span> (was {before})</span>
        )}
      </p>
      <ScanProgress scan={scan} />
    </ViewFrame>
  );
}
