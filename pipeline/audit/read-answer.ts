/** What an answer asks for (pure: read from the key and the text after it). */
export type SessionAction =
  | { readonly kind: SimpleKind }
  | { readonly kind: "note"; readonly note: string }
  | {
      readonly kind: "judge";
      readonly verdict: "accepted" | "rejected";
      /** A capital letter judges every identical passage. */
      readonly wholeGroup: boolean;
      readonly note: string | null;
    }
  | {
      readonly kind: "code";
      /** A key 1-9, or the id typed after `c`; empty when `c` came alone (the walk asks for it). */
      readonly code: string;
      readonly note: string | null;
    }
  | { readonly kind: "unknown"; readonly answer: string };

type SimpleKind = "quit" | "skip" | "wider" | "help" | "undo";

const SIMPLE_KEYS: Readonly<Record<string, SimpleKind | undefined>> = {
  q: "quit",
  s: "skip",
  w: "wider",
  "?": "help",
  h: "help",
  u: "undo",
};

/** Reads one answer: its first character is the key, the rest (trimmed) its text. */
export function readAnswer(answer: string): SessionAction {
  const key = answer.slice(0, 1);
  const rest = answer.slice(1).trim();
  const simple = SIMPLE_KEYS[key];
  if (simple !== undefined) return { kind: simple };
  if (key === "n") return { kind: "note", note: rest };
  // A reason's key judges with it (the codebook says which verdict it counts as); `c` takes its id.
  if (/^[1-9]$/.test(key))
    return { kind: "code", code: key, note: rest === "" ? null : rest };
  if (key === "c") return { kind: "code", code: rest, note: null };
  const lower = key.toLowerCase();
  if (lower !== "a" && lower !== "r") return { kind: "unknown", answer };
  return {
    kind: "judge",
    verdict: lower === "a" ? "accepted" : "rejected",
    wholeGroup: key === key.toUpperCase(),
    note: rest === "" ? null : rest,
  };
}
