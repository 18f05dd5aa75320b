import { useEffect, useRef } from "preact/hooks";

/**
 * The key of a press that may be a shortcut; null while typing in a field ("a" there is a letter) or with a
 * modifier key (the browser's own shortcuts).
 */
export function shortcutOf(e: KeyboardEvent): string | null {
  const t = e.target;
  const typing =
    t instanceof HTMLInputElement ||
    t instanceof HTMLTextAreaElement ||
    (t instanceof HTMLElement && t.isContentEditable);
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return null;
  return e.key;
}

/** Runs `run` with each shortcut key pressed while the component is shown; `run` says whether it took the key. */
export function useShortcuts(
  run: (key: string, e: KeyboardEvent) => boolean,
): void {
  // The latest `run` answers, so one listener serves every render.
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = shortcutOf(e);
      if (key !== null && latest.current(key, e)) e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
