import { Fragment, type JSX } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type {
  CodebookJson,
  MentionJson,
} from "../../../pipeline/serve/api-types.js";
import { href } from "../shell/route.js";
import type { Audit } from "./audit-state.js";
import type { AuditAction } from "./keyboard.js";

/** Where the mention stands, what it matched, and its verdict, reason and note (blind: the auditor's own). */
const describe = (m: MentionJson): string =>
  [
    m.plan,
    m.document,
    `page ${m.page}`,
    m.term,
    ...(m.source ? [m.source] : []),
    m.code === null ? m.verdict : `${m.verdict} (${m.code})`,
    ...(m.note ? [`note: ${m.note}`] : []),
  ].join(" · ");

/** The buttons, each with its key (keyboard.ts). */
const BUTTONS: readonly (readonly [AuditAction, string, string])[] = [
  ["accept", "Accept", "a"],
  ["reject", "Reject", "r"],
  ["note", "Note", "n"],
  ["undo", "Undo", "u"],
  ["next", "Next", "j"],
  ["back", "Previous", "k"],
];

/**
 * The reason the next verdict carries, from the codebook, grouped by the verdict each gives; its digit key (1-9)
 * judges with it at once.
 */
function ReasonChoice(props: {
  readonly audit: Audit;
  readonly codebook: CodebookJson;
}): JSX.Element {
  const { audit, codebook } = props;
  const group = (countsAs: "accepted" | "rejected", label: string) => (
    <optgroup label={label}>
      {codebook.codes
        .filter((c) => c.countsAs === countsAs)
        .map((c) => (
          <option key={c.id} value={c.id} title={c.meaning}>
            {`${c.key <= 9 ? `${c.key} ` : ""}${c.label} (${c.id})`}
          </option>
        ))}
    </optgroup>
  );
  return (
    <label title="The reason sent with Accept or Reject; a reason's digit judges with it at once">
      reason{" "}
      <select
        id="code"
        value={audit.reason.value}
        onChange={(e) => audit.chooseReason(e.currentTarget.value)}
      >
        <option value="">no reason</option>
        {group("accepted", "accept")}
        {group("rejected", "reject")}
      </select>{" "}
      <kbd>1</kbd>-<kbd>9</kbd>
    </label>
  );
}

/** The note of the mention shown, written in place (n opens it, Enter saves, Escape closes without saving). */
function NoteField({ audit }: { readonly audit: Audit }): JSX.Element | null {
  const field = useRef<HTMLInputElement>(null);
  const draft = audit.noteDraft.value;
  useEffect(() => {
    if (draft !== null) field.current?.focus();
  }, [draft !== null]);
  if (draft === null) return null;
  return (
    <form
      id="note-form"
      class="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        audit.saveNote();
      }}
    >
      <label>
        note{" "}
        <input
          id="note-input"
          ref={field}
          size={50}
          value={draft}
          onInput={(e) => audit.editNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") audit.editNote(null);
          }}
        />
      </label>{" "}
      <button type="submit" id="note-save">
        Save the note
      </button>{" "}
      <button type="button" onClick={() => audit.editNote(null)}>
        Cancel
      </button>
    </form>
  );
}

/** The selected mention and what can be done with it: the verdict buttons, the reason they carry, blind mode. */
export function VerdictBar({ audit }: { readonly audit: Audit }): JSX.Element {
  const m = audit.selection.value?.mention ?? null;
  const codebook = audit.codebook.value;
  return (
    <div id="bar">
      {audit.blind.value && (
        <span
          id="blind"
          class="blind"
          title="You code blind: no other auditor's verdict, note or reason is shown, and the figure counts only yours"
        >
          blind
        </span>
      )}{" "}
      <strong id="where">
        {m === null ? "Select a mention" : describe(m)}
      </strong>
      {m !== null && (
        <>
          {" "}
          <a
            id="open-in-viewer"
            href={href.page(m.document, m.page, { hit: `${m.start}-${m.end}` })}
            title="the page in the document viewer: previous and next page, zoom, fit width"
          >
            open in the viewer
          </a>
        </>
      )}
      <br />
      {BUTTONS.map(([action, label, key]) => (
        <Fragment key={action}>
          <button id={action} onClick={() => audit.act(action)}>
            {label} <kbd>{key}</kbd>
          </button>{" "}
        </Fragment>
      ))}
      {codebook !== null && codebook.codes.length > 0 && (
        <ReasonChoice audit={audit} codebook={codebook} />
      )}
      {m !== null && m.group.length > 1 && (
        <label title="One verdict for every passage that reads the same (g)">
          <input
            type="checkbox"
            id="whole-group"
            checked={audit.wholeGroup.value}
            onChange={(e) => audit.setWholeGroup(e.currentTarget.checked)}
          />{" "}
          decide all {m.group.length} identical passages <kbd>g</kbd>
        </label>
      )}
      <NoteField audit={audit} />
      <br />
      <span id="passage">
        {m === null ? "" : `…${m.left} [${m.match}] ${m.right}…`}
      </span>
    </div>
  );
}
