import type { TermForms } from "../match/index.js";
import { counted } from "../plural.js";
import { forTerminal } from "../terminal-text.js";

/** `terms`: each term's mentions and surface forms with an example each, as JSON or as text for a terminal. */
export function renderTermForms(
  terms: readonly TermForms[],
  json: boolean,
): string {
  if (json) return `${JSON.stringify(terms, null, 2)}\n`;
  const text = terms.map((t) =>
    [
      `${t.term} "${t.phrase}" (${t.headline ? "headline" : t.concept}): ${counted(t.mentions, "mention")}`,
      ...(t.forms.length === 0
        ? ["  (no mentions)"]
        : t.forms.map(
            (f) =>
              `  ${String(f.count).padStart(4)}  ${f.form}\n        e.g. ${f.example}`,
          )),
    ].join("\n"),
  );
  return forTerminal(`${text.join("\n\n")}\n`);
}
