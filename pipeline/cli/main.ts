#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: the worker threads reading PDFs use both cores; V8's parallel GC helpers would only
// compete with them (measured: the shared corpus scans about 5% faster). It must be given to node itself (it
// cannot be set from inside, and NODE_OPTIONS refuses it), hence the shebang; `make scan` passes it too.
// stdout carries data only (tables, CSV, JSON): library chatter that uses console.log (pdf.js warnings,
// dotenv banners) goes to stderr instead.
console.log = console.error;
console.info = console.error;
console.debug = console.error;

const { default: yargs } = await import("yargs");
const { hideBin } = await import("yargs/helpers");
const { scanCommand } = await import("./scan-command.js");
const { statsCommand } = await import("./stats-command.js");
const { exportCommand } = await import("./export-command.js");
const { mentionsCommand } = await import("./mentions-command.js");
const { auditCommand } = await import("./audit-command.js");
const { termsCommand } = await import("./terms-command.js");
const { reportCommand } = await import("./report-command.js");
const { serveCommand } = await import("./serve-command.js");
const { addCommand } = await import("./add-command.js");
const { corpusCommand } = await import("./corpus-command.js");

let cli = yargs(hideBin(process.argv)).scriptName("stp-scan");
for (const add of [
  scanCommand,
  statsCommand,
  exportCommand,
  mentionsCommand,
  auditCommand,
  termsCommand,
  reportCommand,
  serveCommand,
  addCommand,
  corpusCommand,
])
  cli = add(cli);
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
