import { shortcutOf, useShortcuts } from "../shared/shortcut-keys.js";

/** A reason's key (1-9, its row in the codebook): judges with that reason, as in the terminal walk. */
export type ReasonAction = `reason-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

/** What a key or a button of the audit does. */
export type AuditAction =
  | "accept"
  | "reject"
  | "note"
  | "undo"
  | "retry"
  | "group"
  | "next"
  | "back"
  | ReasonAction;

/** The audit's keys: a letter each, the arrows to move, and a digit for each of the first nine reasons. */
const KEYS: Readonly<Record<string, AuditAction>> = {
  a: "accept",
  r: "reject",
  n: "note",
  u: "undo",
  g: "group",
  j: "next",
  ArrowDown: "next",
  k: "back",
  ArrowUp: "back",
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), `reason-${n}`]),
  ),
};

/**
 * The action of a key press; null while typing in a field, with a modifier key (shortcutOf), or for the arrows in
 * a list of choices (the reason's), which move its choice.
 */
function actionOfKey(e: KeyboardEvent): AuditAction | null {
  const key = shortcutOf(e);
  const choosing =
    e.target instanceof HTMLSelectElement && e.key.startsWith("Arrow");
  if (key === null || choosing) return null;
  return KEYS[key] ?? null;
}

/** Runs the audit's actions from the keyboard while the component is shown. */
export function useAuditKeys(run: (action: AuditAction) => void): void {
  useShortcuts((_key, e) => {
    const action = actionOfKey(e);
    if (action === null) return false;
    run(action);
    return true;
  });
}
