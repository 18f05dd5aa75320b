import type { Argv } from "yargs";
import { forTerminal } from "../terminal-text.js";
import { TERMS_EXAMPLE_TOKENS } from "../defaults.js";
import { normalise, tokenise } from "../normalise/index.js";
import { readTerms } from "../store/index.js";
import { loadKwic } from "../audit/index.js";
import { runCommand } from "./fatal.js";
import { emit, openExisting } from "./output.js";
import { examplesOf } from "./examples.js";
import { counted } from "../plural.js";
import { dbOption, jsonOption } from "./options.js";

/** `stp-scan terms [--db FILE] [--json]`: what each term's stems caught, surface by surface. */
export function termsCommand(yargs: Argv): Argv {
  return yargs.command(
    "terms",
    "For each lexicon term, the surface forms it matched, with counts and one example each",
    (y) =>
      y
        .example(examplesOf("terms"))
        .option("db", dbOption("read"))
        .option("json", jsonOption("each term's forms")),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db, "reads");
        try {
          const terms = readTerms(db);
          const mentions = loadKwic(db, TERMS_EXAMPLE_TOKENS);
          const report = terms.map((t) => {
            const forms = new Map<
              string,
              { count: number; example: string; mentionId: string }
            >();
            for (const m of mentions.filter((x) => x.term_id === t.id)) {
              const form = surfaceForm(m.surface, t.phrase);
              const f = forms.get(form) ?? {
                count: 0,
                example: `…${m.left} [${m.match}] ${m.right}… (${m.document} p${m.page})`,
                mentionId: m.mention_id,
              };
              f.count++;
              forms.set(form, f);
            }
            return {
              term: t.id,
              phrase: t.phrase,
              concept: t.concept,
              headline: t.headline,
              mentions: [...forms.values()].reduce((a, f) => a + f.count, 0),
              forms: [...forms]
                .sort((a, b) => b[1].count - a[1].count)
                .map(([form, f]) => ({ form, ...f })),
            };
          });
          if (argv.json)
            return emit(`${JSON.stringify(report, null, 2)}\n`, undefined);
          const text = report.map((t) =>
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
          emit(forTerminal(`${text.join("\n\n")}\n`), undefined);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}

/**
 * A surface as the words it reads: case, line breaks, soft hyphens and line-end hyphenation do not make new
 * forms ("SO-\ncial Value" and "social value" are one), but inflections do ("social values").
 */
export function surfaceForm(surface: string, phrase: string): string {
  const words = tokenise(normalise(phrase).text).length;
  const joined = tokenise(normalise(surface, "joined").text);
  const reading =
    joined.length === words
      ? joined
      : tokenise(normalise(surface, "compound").text);
  return reading.map((t) => t.text.toLowerCase()).join(" ");
}
