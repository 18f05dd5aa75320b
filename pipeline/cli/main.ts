#!/usr/bin/env node
// stdout carries data only (tables, CSV, JSON): library chatter that uses console.log (pdf.js warnings,
// dotenv banners) goes to stderr instead, from the first import to the end of the command; only --help and
// --version, which yargs prints with console.log before any command runs, go to stdout.
const log = console.log;
const chatterToStderr = () => {
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
};
chatterToStderr();

// `--version` alone is what scripts run to check the install: answered without yargs or any command's code.
if (process.argv.length === 3 && process.argv[2] === "--version") {
  const { TOOL_VERSION } = await import("../version.js");
  process.stdout.write(`${TOOL_VERSION}\n`);
  process.exit(0);
}

const { default: yargs } = await import("yargs");
const { hideBin } = await import("yargs/helpers");

// Each command's module, loaded only when needed (the bundle layout, docs/speed.md#the-tricks): a short command
// would otherwise spend a good part of its time loading other commands' code (report, serve, audit). --help and
// a mistyped command load them all.
const COMMANDS = {
  scan: async () => (await import("./scan-command.js")).scanCommand,
  stats: async () => (await import("./stats-command.js")).statsCommand,
  export: async () => (await import("./export-command.js")).exportCommand,
  mentions: async () => (await import("./mentions-command.js")).mentionsCommand,
  audit: async () => (await import("./audit-command.js")).auditCommand,
  terms: async () => (await import("./terms-command.js")).termsCommand,
  report: async () => (await import("./report-command.js")).reportCommand,
  serve: async () => (await import("./serve-command.js")).serveCommand,
  add: async () => (await import("./add-command.js")).addCommand,
  corpus: async () => (await import("./corpus-command.js")).corpusCommand,
  // Explore: questions asked of the stored page text, no re-scan.
  search: async () => (await import("./search-command.js")).searchCommand,
  collocates: async () =>
    (await import("./collocates-command.js")).collocatesCommand,
  words: async () => (await import("./words-command.js")).wordsCommand,
  clusters: async () => (await import("./clusters-command.js")).clustersCommand,
  suggest: async () => (await import("./suggest-command.js")).suggestCommand,
  // Beyond the words: passages the lexicon misses, pages to read first, and a bound on what is still missed.
  code: async () => (await import("./code-command.js")).codeCommand,
  candidates: async () =>
    (await import("./candidates-command.js")).candidatesCommand,
  elusion: async () => (await import("./elusion-command.js")).elusionCommand,
  // A bundle that re-creates the statistic, and its check.
  bundle: async () => (await import("./bundle-command.js")).bundleCommand,
  verify: async () => (await import("./verify-command.js")).verifyCommand,
};
const { plainUsageMessage } = await import("./usage-message.js");
const { optionProblem } = await import("./option-checks.js");
// Bare `stp-scan` is someone asking what it can do: the command list, as --help gives it.
const typedArgs = hideBin(process.argv);
const args = typedArgs.length === 0 ? ["--help"] : typedArgs;
const named = Object.entries(COMMANDS).find(([name]) => name === args[0]);
if (named === undefined && args[0] !== undefined && !args[0].startsWith("-")) {
  const { likelyMeant } = await import("../edit-distance.js");
  const names = Object.keys(COMMANDS);
  const meant = likelyMeant(args[0], names);
  process.stderr.write(
    `stp-scan: unknown command "${args[0]}"; ${meant === null ? `the commands are: ${names.join(", ")} (see stp-scan --help)` : `did you mean "${meant}"?`}\n`,
  );
  process.exit(2);
}
const wanted = named === undefined ? Object.values(COMMANDS) : [named[1]];

let cli = yargs(args).scriptName("stp-scan");
for (const load of wanted) cli = (await load())(cli);
// Once a command's handler has run, yargs renders that command's whole --help and keeps it, for an async failure
// that shows help: a visible part of a short command such as a search. Our .fail() below never shows help, so it
// is not built (yargs 18's internal usage object; should it change, help is built as before). A speed trick:
// docs/speed.md#the-tricks.
const usage = (
  cli as unknown as {
    getInternalMethods?: () => {
      getUsageInstance?: () => { cacheHelpMessage?: () => void };
    };
  }
)
  .getInternalMethods?.()
  .getUsageInstance?.();
if (usage?.cacheHelpMessage !== undefined) usage.cacheHelpMessage = () => {};
console.log = log;
await cli
  .middleware(chatterToStderr)
  .demandCommand(1, `name a command: ${Object.keys(COMMANDS).join(", ")}`)
  .strict()
  // Runs before every command's handler: what our own check finds is already in the analyst's words.
  .check(
    (argv, options: { string?: string[]; number?: string[] }) =>
      optionProblem(
        args,
        argv,
        new Set([...(options.string ?? []), ...(options.number ?? [])]),
      ) ?? true,
  )
  .fail((message, error) => {
    if (error instanceof Error) throw error;
    const line =
      typeof error === "string"
        ? error
        : plainUsageMessage(message, { args, command: named?.[0] });
    process.stderr.write(`stp-scan: ${line}\n`);
    process.exit(2);
  })
  .help()
  .version()
  .parseAsync();
