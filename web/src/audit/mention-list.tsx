import type { JSX } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { MentionJson } from "../../../pipeline/serve/api-types.js";
import type { Audit } from "./audit-state.js";

/** A mention's verdict in the list, with its reason when one was given (blind: the auditor's own, from serve). */
function VerdictCell({ m }: { readonly m: MentionJson }): JSX.Element {
  return (
    <td class={`v-${m.verdict}`}>
      {m.verdict}
      {m.code !== null && (
        <>
          <br />
          <span class="code">{m.code}</span>
        </>
      )}
    </td>
  );
}

function MentionRow(props: {
  readonly m: MentionJson;
  readonly selected: boolean;
  readonly onSelect: () => void;
}): JSX.Element {
  const { m } = props;
  return (
    <tr
      data-id={m.id}
      class={props.selected ? "sel" : undefined}
      onClick={props.onSelect}
    >
      {/* Plan, then its document and page: a plan's mentions run by document, then page as a number. */}
      <td>
        {m.plan}
        <br />
        <span class="doc">{`${m.document.split("/").pop() ?? ""} p${m.page}`}</span>
      </td>
      <td class="l">{m.left}</td>
      <td class="m">{m.match}</td>
      <td>{m.right}</td>
      <VerdictCell m={m} />
      <td>
        {m.location ?? ""}
        {m.source !== null && (
          <>
            <br />
            <span class="doc">OCR</span>
          </>
        )}
        {m.group.length > 1 && (
          <>
            <br />
            <span class="doc" title="passages that read the same">
              ×{m.group.length}
            </span>
          </>
        )}
      </td>
    </tr>
  );
}

/** One page of the mentions, the selected one kept in view, and the buttons to the pages before and after. */
export function MentionList({ audit }: { readonly audit: Audit }): JSX.Element {
  const listed = audit.listed.value;
  const selection = audit.selection.value;
  const body = useRef<HTMLTableSectionElement>(null);
  const index = selection?.index ?? -1;
  // The list scrolls on its own: the selected mention stays in view as verdicts move the selection down.
  useEffect(() => {
    if (index >= 0)
      body.current?.rows[index]?.scrollIntoView({ block: "nearest" });
  }, [index, selection?.mention.id]);
  const rows = listed?.rows ?? [];
  const offset = listed?.offset ?? 0;
  const total = listed?.total ?? 0;
  return (
    <>
      <table id="list">
        <thead>
          <tr>
            <th scope="col">Plan, document, page</th>
            <th scope="col" class="l">
              Left
            </th>
            <th scope="col">Match</th>
            <th scope="col">Right</th>
            <th scope="col">Verdict, reason</th>
            <th scope="col">Location, source</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((m, i) => (
            <MentionRow
              key={m.id}
              m={m}
              selected={i === index}
              onSelect={() => audit.select(i)}
            />
          ))}
        </tbody>
      </table>
      <p>
        <button id="prev-page" onClick={() => audit.turnPage(-1)}>
          previous 50
        </button>{" "}
        <span id="range">
          {`${total === 0 ? 0 : offset + 1}-${offset + rows.length} of ${total}`}
        </span>{" "}
        <button id="next-page" onClick={() => audit.turnPage(1)}>
          next 50
        </button>
      </p>
    </>
  );
}
