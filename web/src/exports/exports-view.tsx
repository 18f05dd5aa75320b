import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { DownloadButton, TableDownloads } from "../shared/download.js";

const TABLES: readonly (readonly [string, string])[] = [
  ["mentions", "Every mention with its context, location, source and verdict"],
  ["documents", "Every document with its status, pages and warnings"],
  ["plans", "Every plan with its counts and standing"],
];

/** Writes the HTML report (as `stp-scan report`) and offers to open it. */
function WriteReport({ api }: { readonly api: Api }): JSX.Element {
  const [state, setState] = useState<{ url?: string; message: string }>({
    message: "",
  });
  const write = () => {
    setState({ message: "Writing the report…" });
    api.writeReport().then(
      (r) => setState({ url: r.url, message: "The report is written." }),
      (e: unknown) =>
        setState({ message: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <p>
      <button type="button" id="write-report" onClick={write}>
        Write the report
      </button>{" "}
      <span role="status">{state.message}</span>{" "}
      {state.url !== undefined && (
        <a
          id="open-report"
          href={api.reportAddress(state.url)}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open the report
        </a>
      )}
    </p>
  );
}

/** Report & exports: the HTML report, the export tables (CSV, XLSX) and the bundle a reader checks. */
export function ExportsView({ api }: { readonly api: Api }): JSX.Element {
  const done = { state: "done", value: null, key: "exports" } as const;
  useShown(done, "exports");
  return (
    <ViewFrame title="Report & exports" loaded={done}>
      <h2>Report</h2>
      <p>
        The HTML report of the figure, as <code>stp-scan report</code> writes it
        into output/.
      </p>
      <WriteReport api={api} />
      <h2>Export tables</h2>
      <table class="grid" id="exports">
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">What it holds</th>
            <th scope="col">Download</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map(([table, what]) => (
            <tr key={table}>
              <td>{table}</td>
              <td>{what}</td>
              <td>
                <TableDownloads
                  api={api}
                  path={(f) => `/api/export/${table}?format=${f}`}
                  name={table}
                  idPrefix={`export-${table}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Bundle</h2>
      <p>
        The zip a reader re-creates the figure from (
        <code>stp-scan bundle</code>; check it with <code>stp-scan verify</code>
        ).
      </p>
      <DownloadButton
        api={api}
        path="/api/bundle"
        label="Download the bundle"
        fileName="bundle.zip"
        id="bundle"
      />
    </ViewFrame>
  );
}
