// Colour codes take no room on the terminal, so a highlighted match counts only its letters.
const ANSI = /\x1b\[[0-9;]*m/g;
const visibleLength = (text: string) => text.replace(ANSI, "").length;

/**
 * Lines of at most `width` visible characters made of `words` (each kept whole, joined by spaces), the first
 * starting with `indent` and the rest with `hangingIndent`. A word wider than a line stands alone on its own.
 */
export function wrapWords(
  words: readonly string[],
  width: number,
  indent: string,
  hangingIndent: string,
): string[] {
  const lines: string[] = [];
  let current = indent;
  let isEmpty = true;
  for (const word of words.filter((w) => w !== "")) {
    const joined = isEmpty ? `${current}${word}` : `${current} ${word}`;
    if (isEmpty || visibleLength(joined) <= width) {
      current = joined;
    } else {
      lines.push(current);
      current = `${hangingIndent}${word}`;
    }
    isEmpty = false;
  }
  lines.push(current);
  return lines;
}

/**
 * `line` wrapped at its spaces to `width` visible characters; its own leading spaces start the first line, and
 * the lines after it are indented under its text (at least three spaces), so a wrapped line reads as one.
 */
export function wrapLine(line: string, width: number): string {
  const indent = /^ */.exec(line)?.[0] ?? "";
  return wrapWords(
    line.slice(indent.length).split(" "),
    width,
    indent,
    indent.length >= 3 ? indent : "   ",
  ).join("\n");
}
