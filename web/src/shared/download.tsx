import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";

/**
 * Saves what `path` answers as a file. The request carries the token in its header, so a plain link (which
 * would need the token in the address) is not used: the bytes are fetched, then offered from a blob.
 */
async function saveFile(
  api: Api,
  path: string,
  fallbackName: string,
): Promise<void> {
  const { blob, name } = await api.file(path);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name === "" ? fallbackName : name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that downloads `path`, saying so while it works and why it failed. */
export function DownloadButton(props: {
  readonly api: Api;
  readonly path: string;
  readonly label: string;
  readonly fileName: string;
  readonly id?: string;
}): JSX.Element {
  const [state, setState] = useState<string>("");
  const run = () => {
    setState("downloading…");
    saveFile(props.api, props.path, props.fileName).then(
      () => setState(""),
      (e: unknown) => setState(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <span class="download">
      <button type="button" id={props.id} onClick={run}>
        {props.label}
      </button>
      {state !== "" && (
        <span class="dim" role="status">
          {" "}
          {state}
        </span>
      )}
    </span>
  );
}

/** CSV and XLSX buttons for one table: `path(format)` is its address in each format. */
export function TableDownloads(props: {
  readonly api: Api;
  readonly path: (format: "csv" | "xlsx") => string;
  readonly name: string;
  readonly idPrefix: string;
}): JSX.Element {
  return (
    <span class="downloads">
      <DownloadButton
        api={props.api}
        path={props.path("csv")}
        label="Download CSV"
        fileName={`${props.name}.csv`}
        id={`${props.idPrefix}-csv`}
      />{" "}
      <DownloadButton
        api={props.api}
        path={props.path("xlsx")}
        label="Download XLSX"
        fileName={`${props.name}.xlsx`}
        id={`${props.idPrefix}-xlsx`}
      />
    </span>
  );
}
