#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: the worker threads reading PDFs use both cores; V8's parallel GC helpers would only
// compete with them (measured: the shared corpus scans about 5% faster). It must be given to node itself (it
// cannot be set from inside, and NODE_OPTIONS refuses it), hence the shebang; `make scan` passes it too.
// stdout carries data only (tables, CSV, JSON): library chatter that uses console.log (pdf.js warnings,
// dotenv banners) goes to stderr instead. --help and --version are the data asked for, so they stay on stdout
// (yargs prints them with console.log; scripts look for an option with `stp-scan scan --help | grep`).
const stdoutLog = console.log;
console.log = console.error;
console.info = console.error;
console.debug = console.error;

const { default: yargs } = await import("yargs");
const { hideBin } = await import("yargs/helpers");

// Each command's module, loaded only when needed: a re-run of `scan` is a fraction of a second, and loading every
// command's code (report, serve, audit) was a tenth of it. --help and a mistyped command load them all.
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
};
const args = hideBin(process.argv);
const named = Object.entries(COMMANDS).find(([name]) => name === args[0]);
const wanted = named === undefined ? Object.values(COMMANDS) : [named[1]];

if (args.some((a) => a === "--help" || a === "--version"))
  console.log = stdoutLog;

let cli = yargs(args).scriptName("stp-scan");
for (const load of wanted) cli = (await load())(cli);
await cli
  .demandCommand(
    1,
    "Name a command: scan, stats, export, mentions, audit, terms, report, serve, add or corpus (see --help)",
  )
  .strict()
  .fail((message, error) => {
    if (error) throw error;
    process.stderr.write(`stp-scan: ${message} (see stp-scan --help)\n`);
    process.exit(2);
  })
  .help()
  .version()
  .parseAsync();
