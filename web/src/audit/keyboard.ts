import { useEffect } from "preact/hooks";

/** What a key or a button of the audit does. */
export type AuditAction = "accept" | "reject" | "note" | "next" | "back";

/** The audit's keys: a letter each, and the arrows to move. */
const KEYS: Readonly<Record<string, AuditAction>> = {
  a: "accept",
  r: "reject",
  n: "note",
  j: "next",
  ArrowDown: "next",
  k: "back",
  ArrowUp: "back",
};

/** The action of a key press; null while typing in a field ("a" there is a letter) or with a modifier key. */
function actionOfKey(e: KeyboardEvent): AuditAction | null {
  const typing =
    e.target instanceof HTMLInputElement ||
    e.target instanceof HTMLTextAreaElement;
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return null;
  return KEYS[e.key] ?? null;
}

/** Runs the audit's actions from the keyboard while the component is shown. */
export function useAuditKeys(run: (action: AuditAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionOfKey(e);
      if (action === null) return;
      e.preventDefault();
      run(action);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [run]);
}
