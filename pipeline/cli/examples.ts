// The examples each command's --help shows (yargs .example; "$0" is stp-scan). They are real: run from the project
// folder after `make scan`, on the demo corpus and its default database, each one works as written
// (tests/cli/help-examples-run.test.ts runs them all). Mention ids are those of the demo corpus.

/** A command line and what it does. */
export type Example = readonly [command: string, description: string];

/** Examples per command, keyed by the command as typed after stp-scan. */
export const EXAMPLES = {
  scan: [
    [
      "$0 scan --corpus corpus --db output/stp-scan.sqlite",
      "Scan the corpus; a re-run reads only files that changed",
    ],
    [
      "$0 scan --force --jobs 1 --quiet",
      "Read every document again on one core; print only the headline line",
    ],
    [
      "$0 scan --ocr off --db output/ocr-off.sqlite --quiet",
      "Without OCR, into another database: scanned pages without text stay unreadable",
    ],
  ],
  stats: [
    ["$0 stats", "The statistic and the per-plan table of the last scan"],
    [
      "$0 stats --audited --json",
      "Leaving out rejected mentions, as JSON for another tool",
    ],
    [
      "$0 stats --sensitivity",
      "The share under each counting rule (all text, without contents and running lines, body text only)",
    ],
  ],
  export: [
    [
      "$0 export mentions --out output/mentions.csv",
      "Every mention as CSV (opens in a spreadsheet)",
    ],
    [
      "$0 export plans --format json --threshold 2",
      "Per-plan counts and outcome when a plan needs two headline mentions",
    ],
  ],
  mentions: [
    [
      "$0 mentions --plan alder-vale --context 4",
      "One plan's mentions with four words each side",
    ],
    [
      "$0 mentions --concept related --sort left --format csv",
      "Related mentions, sorted by the words before them, as CSV",
    ],
  ],
  audit: [
    [
      "$0 audit --auditor ann",
      "Walk the open mentions on the terminal, most decisive first",
    ],
    ["$0 audit status", "Progress per plan and concept, and orphaned verdicts"],
  ],
  "audit accept": [
    [
      '$0 audit accept m2d66cf194c6033a --code commitment --note "in procurement"',
      "Accept a mention (ids from stp-scan mentions) with its reason and a note",
    ],
  ],
  "audit reject": [
    [
      "$0 audit reject m8000f26fbf322c7 --group",
      "Reject a mention and every identical passage",
    ],
  ],
  "audit settle": [
    [
      "$0 audit settle m2d66cf194c6033a accepted --auditor lead",
      "Settle a mention two auditors disagree on",
    ],
  ],
  "audit export": [
    [
      "$0 audit export --auditor bob --blind --out output/audit-sheet.csv",
      "Bob's own sheet to fill in a spreadsheet, nothing of other auditors' shown",
    ],
  ],
  "audit import": [
    [
      "$0 audit import output/audit-sheet.csv --auditor bob",
      "Record the verdicts bob filled in on his sheet",
    ],
  ],
  "audit log": [
    [
      "$0 audit log --mention m2d66cf194c6033a",
      "Every verdict one mention has had, oldest first",
    ],
  ],
  "audit status": [
    ["$0 audit status", "Progress per plan and concept, and orphaned verdicts"],
  ],
  "audit sample": [
    [
      "$0 audit sample --auditor bob --share 0.2 --seed 7",
      "Draw a fifth of the mentions for bob to double-code blind; the same seed draws the same sample",
    ],
  ],
  "audit blind": [
    ["$0 audit blind on --auditor ann", "Ann codes blind from now on"],
  ],
  "audit agreement": [
    [
      "$0 audit agreement",
      "How well the auditors agree on their independent codings (kappa, alpha), and what to settle",
    ],
    [
      "$0 audit agreement --auditors ann,bob --json",
      "Two auditors compared, as JSON",
    ],
  ],
  "audit codes": [
    [
      "$0 audit codes",
      "The reasons a verdict may carry, with their keys in the walk",
    ],
  ],
  terms: [
    ["$0 terms", "Each term's surface forms, with counts and an example"],
    ["$0 terms --json", "The same as JSON"],
  ],
  report: [
    [
      "$0 report --out output/report.html",
      "The HTML report of the last scan, one file to share",
    ],
    [
      "$0 report --audited --out output/report-audited.html",
      "The report leaving out rejected passages",
    ],
  ],
  serve: [
    [
      "$0 serve --auditor ann",
      "The workbench in the browser; open the address it prints",
    ],
  ],
  add: [
    [
      '$0 add examples/ --new-plan "Elm Vale" --region North --dry-run',
      "What adding a folder of PDFs as a new plan would do, changing nothing",
    ],
    [
      '$0 add "examples/STP_final_v3 (2).pdf" --plan birch-coast --type summary',
      "Add a downloaded PDF to an existing plan as its summary, and scan it",
    ],
  ],
  corpus: [
    [
      "$0 corpus check",
      "Do files, manifest.csv and the database agree? (exit 0 only if so)",
    ],
    [
      "$0 corpus quality --json",
      "Pages whose text layer looks unreliable, as JSON",
    ],
    [
      '$0 corpus accept-pages plans/fenwick-moor/fenwick-moor-stp.pdf 1 --note "photo cover, nothing to read" --db output/ocr-off.sqlite',
      "Declare an unreadable page read (after the scan with --ocr off above), so its plan is no longer put apart",
    ],
    [
      '$0 corpus accept-pages plans/fenwick-moor/fenwick-moor-stp.pdf 1 --undo --note "has a caption" --db output/ocr-off.sqlite',
      "Withdraw that declaration (a new row; the history is kept)",
    ],
  ],
  bundle: [
    [
      "$0 bundle --out output/bundle.zip",
      "Everything a reader needs to re-create the statistic, in one zip",
    ],
    [
      "$0 bundle --audited --count-in body,list,table,heading --out output/bundle-audited.zip",
      "The audited statistic, counting only body text",
    ],
  ],
  verify: [
    [
      "$0 verify output/bundle.zip --corpus corpus",
      'Count the statistic again from the PDFs: "reproduced", or what differs',
    ],
  ],
  search: [
    [
      '$0 search "social value" --per-plan',
      "How many places of the phrase each plan has (stems and hyphen readings as a scan reads them)",
    ],
    [
      '$0 search "comm* benefit*" --sort left --format csv --out output/community-benefit.csv',
      "Glob words, sorted by the words on their left, as CSV",
    ],
  ],
  collocates: [
    [
      '$0 collocates "social value" --by mi --min-count 1 --stopwords',
      "The words near the phrase, by mutual information, stopwords left out",
    ],
  ],
  words: [
    [
      "$0 words --top 20",
      "The 20 most frequent words, with the plans they occur in",
    ],
    ["$0 words --stems --format csv", "Every word stem with its count, as CSV"],
  ],
  clusters: [
    [
      '$0 clusters "social value" --size 3',
      "The three-word phrases that hold the phrase, by frequency",
    ],
  ],
  suggest: [
    [
      "$0 suggest --concept social-value --min-count 1 --top 10",
      "Phrases the lexicon lacks that stand where social value is mentioned",
    ],
  ],
  code: [
    [
      '$0 code plans/birch-coast/birch-coast-stp.pdf 2 --text "socially valuable" --concept social-value --note "asks every programme for value beyond price"',
      "Code words the lexicon missed: they count in the broad statistic",
    ],
    [
      '$0 code plans/birch-coast/birch-coast-stp.pdf 2 --text "socially valuable" --concept social-value --undo',
      "Withdraw that passage (a new row; the history is kept)",
    ],
  ],
  candidates: [
    [
      "$0 candidates --limit 5",
      "The pages of plans without a headline mention most like the passages on social value, to read first",
    ],
  ],
  elusion: [
    [
      "$0 elusion draw --size 3 --seed 7 --threshold 2",
      "Draw 3 pages at random from the plans that do not count, here those with fewer than 2 headline mentions (the seed makes it repeatable)",
    ],
    [
      '$0 elusion judge 1 no --note "staffing only"',
      "Answer for the first page drawn: does it discuss social value?",
    ],
    [
      "$0 elusion",
      "The yes rate with its exact interval, and how many pages may still be missed",
    ],
  ],
} as const satisfies Record<string, readonly Example[]>;

/** The examples of a command, in the shape yargs' .example() takes. */
export const examplesOf = (
  command: keyof typeof EXAMPLES,
): [string, string][] => EXAMPLES[command].map(([c, d]) => [c, d]);
