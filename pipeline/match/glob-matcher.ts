/** A glob compiled to a test of one whole word, case-insensitive, in time linear in the word's length. */
export type GlobMatcher = (word: string) => boolean;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A glob ("valu*") as regular-expression source where `*` is any run of `char` and `?` one `char`; flags "iu".
 * `char` is "." for a token on its own, "[^ ]" inside a space-separated word list.
 */
export function globSource(glob: string, char: string): string {
  return [...glob]
    .map((c) => (c === "*" ? `${char}*` : c === "?" ? char : escapeRegex(c)))
    .join("");
}

// What `.` does not match: a `*` never spans one, as `.*` did not.
const LINE_END = /[\n\r\u2028\u2029]/u;

/**
 * The classic wildcard algorithm on the pieces between the stars: the first piece at the start, each middle
 * piece at its leftmost place after the one before, the last piece at the end. The leftmost place leaves the
 * most room to what follows, so no choice is ever taken back. As one anchored expression (`^.*a.*e.*x$`), a
 * backtracking engine tried every way of spreading the stars: a word's length to the power of their number.
 * The pieces hold no star, so each is a fixed-length expression, and letters compare as flags "iu" compare them.
 */
export function compileGlob(glob: string): GlobMatcher {
  const pieces = glob.split("*").map((p) => globSource(p, "."));
  if (pieces.length === 1) {
    const whole = new RegExp(`^${pieces[0] ?? ""}$`, "iu");
    return (word) => whole.test(word);
  }
  const first = new RegExp(pieces[0] ?? "", "iuy");
  const rest = [
    ...pieces.slice(1, -1).map((p) => new RegExp(p, "iug")),
    new RegExp(`(?:${pieces[pieces.length - 1] ?? ""})$`, "iug"),
  ];
  return (word) => {
    first.lastIndex = 0;
    if (!first.test(word)) return false;
    let at = first.lastIndex;
    for (const piece of rest) {
      piece.lastIndex = at;
      const found = piece.exec(word);
      if (found === null || LINE_END.test(word.slice(at, found.index)))
        return false;
      at = piece.lastIndex;
    }
    return true;
  };
}
