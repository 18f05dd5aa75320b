import fc from "fast-check";
import { compilePhrase, tokenMatches } from "../../pipeline/match/index.js";

/** How a glob was matched before: one anchored regular expression, `*` as `.*`, `?` as `.`, flags "iu". */
function regexAnswer(glob: string, word: string): boolean {
  const source = [...glob]
    .map((c) =>
      c === "*"
        ? ".*"
        : c === "?"
          ? "."
          : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`, "iu").test(word);
}

/** The glob of a one-token phrase, compiled as a lexicon term is. */
function globPattern(glob: string) {
  const compiled = compilePhrase(glob);
  if (!compiled.ok || compiled.value.length !== 1) return null;
  const [pattern] = compiled.value;
  return pattern?.kind === "glob" ? pattern : null;
}

const wordOf = (alphabet: readonly string[], maxLength: number) =>
  fc
    .array(fc.constantFrom(...alphabet), { maxLength })
    .map((cs) => cs.join(""));

describe("a glob matches a word in time linear in the word, with the answers the regular expression gave", () => {
  it("gives the same answer as the anchored regular expression on a sample of globs and words", () => {
    const letters = [
      "a",
      "b",
      "A",
      "B",
      "é",
      "É",
      "ſ",
      "s",
      "K",
      "k",
      "\u212a",
      "😀",
      "\n",
    ];
    fc.assert(
      fc.property(
        wordOf([...letters.filter((c) => c !== "\n"), "*", "?"], 7),
        wordOf(letters, 12),
        (glob, word) => {
          const pattern = globPattern(glob);
          fc.pre(pattern !== null);
          if (pattern === null) return;
          expect(tokenMatches(pattern, word, "")).toBe(
            regexAnswer(pattern.glob, word),
          );
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("pins both answers on the long word that took the regular expression a minute", () => {
    const pattern = globPattern("*a*e*i*o*u*x");
    expect(pattern?.glob).toBe("*a*e*i*o*u*x");
    const p = pattern as NonNullable<typeof pattern>;
    const started = performance.now();
    expect(tokenMatches(p, "baeioux", "")).toBe(true);
    expect(tokenMatches(p, "aeiou".repeat(120), "")).toBe(false);
    expect(tokenMatches(p, `${"aeiou".repeat(120)}x`, "")).toBe(true);
    // The backtracking expression took close to a minute on the 600-letter word; a linear matcher, microseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
