import { Fragment, type JSX } from "preact";
import type { MentionJson } from "../../../pipeline/serve/api-types.js";
import type { Audit } from "./audit-state.js";
import type { AuditAction } from "./keyboard.js";

/** Where the mention stands, what it matched, and its verdict and note. */
const describe = (m: MentionJson): string =>
  [
    m.plan,
    m.document,
    `page ${m.page}`,
    m.term,
    ...(m.source ? [m.source] : []),
    m.verdict,
    ...(m.note ? [`note: ${m.note}`] : []),
  ].join(" · ");

/** The buttons, each with its key (keyboard.ts). */
const BUTTONS: readonly (readonly [AuditAction, string, string])[] = [
  ["accept", "Accept", "a"],
  ["reject", "Reject", "r"],
  ["note", "Note", "n"],
  ["next", "Next", "j"],
  ["back", "Previous", "k"],
];

/**
 * The selected mention and what can be done with it. Double coding adds its controls here: a reason code beside
 * the verdict buttons, and blind mode, which hides the verdict in `describe` as the list's VerdictCell does.
 */
export function VerdictBar({ audit }: { readonly audit: Audit }): JSX.Element {
  const m = audit.selection.value?.mention ?? null;
  return (
    <div id="bar">
      <strong id="where">
        {m === null ? "Select a mention" : describe(m)}
      </strong>
      <br />
      {BUTTONS.map(([action, label, key]) => (
        <Fragment key={action}>
          <button id={action} onClick={() => audit.act(action)}>
            {label} <kbd>{key}</kbd>
          </button>{" "}
        </Fragment>
      ))}
      <span id="passage">
        {m === null ? "" : `…${m.left} [${m.match}] ${m.right}…`}
      </span>
    </div>
  );
}
