/** How the command line was typed: its words, and the command they name (undefined before one is named). */
type Typed = {
  readonly args: readonly string[];
  readonly command?: string | undefined;
};

const flag = (name: string, typed: Typed) =>
  typed.args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    ? `--${name}`
    : name;
const unquote = (list: string) =>
  list
    .split(/,\s*/)
    .map((c) => c.replace(/^"|"$/g, ""))
    .join(", ");

// yargs's wording (with and without its English locale, which the bundle may lack) and ours, one rule a line.
const RULES: readonly (readonly [
  RegExp,
  (m: RegExpExecArray, t: Typed) => string,
])[] = [
  [
    /^(?:Implications failed|Missing dependent arguments):\s*([\s\S]*)$/,
    (m, t) =>
      (m[1] ?? "")
        .trim()
        .split(/\s+(?=\S+ -> )/)
        .map((pair) => {
          const [given, needed] = pair.split(" -> ");
          return `${flag(given ?? "", t)} needs --${needed} as well`;
        })
        .join("; "),
  ],
  [
    /^Invalid values:\s*([\s\S]*)$/,
    (m, t) =>
      [...(m[1] ?? "").matchAll(/Argument: (\S+), Given: (.*), Choices: (.*)/g)]
        .map(
          (c) =>
            `${flag(c[1] ?? "", t)} ${c[2]} is not one of: ${unquote(c[3] ?? "")}`,
        )
        .join("; "),
  ],
  [
    /^Unknown arguments?: (.*)$/,
    (m, t) =>
      `unknown option or word: ${(m[1] ?? "")
        .split(/,\s*/)
        .map((a) => flag(a, t))
        .join(", ")}`,
  ],
  [/^Not enough arguments following: (.*)$/, (m) => `--${m[1]} needs a value`],
  [
    /^Missing required arguments?: (.*)$/,
    (m) =>
      `${(m[1] ?? "")
        .split(/,\s*/)
        .map((a) => `--${a}`)
        .join(", ")} must be given`,
  ],
  [
    /^Not enough non-option arguments: got (\d+), need at least (\d+)/,
    (m, t) =>
      `${t.command ?? "the command"} needs ${m[2]} argument${m[2] === "1" ? "" : "s"} after it, got ${m[1]}`,
  ],
  [
    /^Too many non-option arguments: got (\d+), maximum of (\d+)/,
    (m, t) =>
      `${t.command ?? "the command"} takes at most ${m[2]} argument${m[2] === "1" ? "" : "s"} after it, got ${m[1]}`,
  ],
];

/**
 * A command-line mistake as yargs words it, in the analyst's words on one line, ending with where to read more
 * (once: a message that already points at --help keeps its own pointer).
 */
export function plainUsageMessage(message: string, typed: Typed): string {
  const text = message.trim();
  const rule = RULES.map(([pattern, say]) => {
    const m = pattern.exec(text);
    return m === null ? null : say(m, typed);
  }).find((said) => said !== null);
  const line = (rule ?? text).replace(/\s*\n\s*/g, "; ");
  const help = `stp-scan${typed.command === undefined ? "" : ` ${typed.command}`} --help`;
  return line.includes("--help") ? line : `${line} (see ${help})`;
}
