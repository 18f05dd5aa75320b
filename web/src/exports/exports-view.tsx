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

/**
 * Opens a written report in a tab of its own, at a one-use address the app asks for with the token in its header
 * (a tab sends no header, and the token never goes into an address). The tab is opened at once, while the click
 * still counts as the analyst's, and sent to the address when it comes; it gets no handle on this page.
 */
function openInTab(api: Api, url: string): Promise<void> {
  const tab = window.open("", "_blank");
  if (tab === null)
    return Promise.reject(
      new Error(
        "the browser did not open a new tab: allow pop-ups for this address",
      ),
    );
  tab.opener = null;
  return api.openReport({ url }).then(
    (opened) => {
      tab.location.href = opened.url;
    },
    (e: unknown) => {
      tab.close();
      throw e;
    },
  );
}

/** Writes the HTML report (as `stp-scan report`, audited or not) and offers to open it. */
function WriteReport({ api }: { readonly api: Api }): JSX.Element {
  const [audited, setAudited] = useState(false);
  const [state, setState] = useState<{ url?: string; message: string }>({
    message: "",
  });
  const failed = (e: unknown) =>
    setState((s) => ({
      ...s,
      message: e instanceof Error ? e.message : String(e),
    }));
  const write = () => {
    setState({ message: "Writing the report…" });
    api.writeReport({ audited }).then(
      (r) =>
        setState({
          url: r.url,
          message: `The report is written: output/${r.url.slice("/report/".length)}.`,
        }),
      failed,
    );
  };
  const { url } = state;
  return (
    <div class="toolbar">
      <label>
        <input
          type="checkbox"
          id="report-audited"
          checked={audited}
          onChange={(e) => setAudited(e.currentTarget.checked)}
        />{" "}
        audited figure (<code>--audited</code>)
      </label>
      <button type="button" id="write-report" onClick={write}>
        Write the report
      </button>
      <span role="status">{state.message}</span>
      {url !== undefined && (
        <button
          type="button"
          id="open-report"
          onClick={() => {
            openInTab(api, url).catch(failed);
          }}
        >
          Open the report in a new tab
        </button>
      )}
    </div>
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
