import { describeShare } from "../stats/index.js";
import type { BundleContents } from "./contents.js";
import { counted } from "../plural.js";

/** README.txt: what the figure is, what each file holds, and how to check it, in plain words. */
export function renderReadme(c: BundleContents): string {
  const s = c.settings;
  const counting =
    s.countIn === "all"
      ? "every mention counts, wherever it stands in its document"
      : `only mentions in these locations count: ${s.countIn.join(", ")}`;
  const ocr =
    s.ocr === null
      ? "The database recorded no OCR settings (pages without a text layer were not read by OCR)."
      : `OCR settings of the scan: ${JSON.stringify(s.ocr)}.`;
  return `${[
    "stp-scan bundle: the figure and everything needed to re-create it",
    "=================================================================",
    "",
    `The figure: ${describeShare(c.statistic, { audited: s.audited })}.`,
    `Counted with: a plan needs at least ${s.threshold} headline mention(s); ${counting}; ${
      s.audited
        ? "mentions an auditor rejected are left out"
        : "every mention counts, audited or not"
    }.`,
    ocr,
    `Scanned by stp-scan ${c.versions.scannedWith.stpScan} (pdfjs-dist ${c.versions.scannedWith.pdfjsDist}, natural ${c.versions.scannedWith.natural}, Node ${c.versions.scannedWith.node}), scan finished ${c.versions.scannedWith.finishedAt}.`,
    `${counted(c.documents.length, "document")} of ${counted(c.plans.length, "plan")}, ${counted(c.mentions.length, "mention")}, ${counted(c.verdicts.length, "verdict")}.`,
    "",
    "What each file is",
    "-----------------",
    "settings.json           How the figure was counted: threshold (headline mentions a plan needs), countIn",
    "                        (the locations that count, or all), audited (rejected mentions left out),",
    "                        lexiconSha256, and the OCR settings when the scan stored them.",
    "statistic.json          The figure, exactly as `stp-scan stats --json` prints it with those settings:",
    "                        numerator (plans that mention social value), denominator (plans fully read),",
    "                        share, the plans reported apart and why, and each plan's counts.",
    "manifest.json           Every plan (id, name, region) and every document: its path in the corpus, plan,",
    "                        role, sha256 of the bytes read, size, pages, status (ok or why it could not be",
    "                        read), pages without text, and each page's class when OCR recorded one.",
    "lexicon.csv             The terms that were searched for; its sha256 is in settings.json.",
    "mentions.json           Every mention: id, plan, document, page (1-based), term, concept, the words as",
    "mentions.csv            found (surface) with 8 words each side, verdict, headline, offsets into the",
    "                        page text, where it stands (location) and the latest note. The CSV is the same,",
    "                        for a spreadsheet; verify reads the JSON.",
    "verdicts.json           Every audit verdict ever given, oldest first: mention id, verdict, auditor, time,",
    "                        note, kind (judge, or settle for a settled disagreement), code (the reason given,",
    "                        from codebook.csv) and blind (given without seeing other auditors' verdicts).",
    "codebook.csv            (when present) The reasons a verdict may carry: id, label, meaning, counts_as.",
    "                        With --audited, statistic.json counts the judged mentions by reason (codes).",
    "page-declarations.json  (when present) pages an analyst declared read, with name, time and note.",
    "duplicate-declarations.json  (when present) documents an analyst declared duplicates of others",
    "                        (counted once), with name, time and note; a withdrawal is a later row.",
    "coded-passages.json     (when present) passages an analyst coded that the lexicon missed (spec v2.1",
    "                        point 4): document, file sha256, page, offsets, words, concept, name, time and",
    "                        note; a withdrawal is a later row. They count in statistic.json's `broad`",
    "                        figure (plans that discuss social value), never in the headline one.",
    "elusion.json            (when present) the elusion sample (spec v2.1 point 5): each draw with its seed",
    "                        and frame (the pages it drew from), the pages drawn, and every answer given.",
    "                        statistic.json's `elusion` gives the yes rate with its exact interval and",
    "                        the bound on pages still missed.",
    "versions.json           The versions of stp-scan, pdfjs-dist, natural and Node that scanned the corpus,",
    "                        and those that made this bundle.",
    "",
    "How to check the figure",
    "-----------------------",
    "1. Get the PDFs: the corpus folder with plans/<plan-id>/*.pdf as listed in manifest.json. Each file's",
    "   sha256 must match; `sha256sum plans/*/*.pdf` shows them.",
    "2. Run: stp-scan verify THIS-FILE.zip --corpus THE-CORPUS-FOLDER",
    "   It scans the PDFs afresh into a temporary database with this lexicon and these settings, applies",
    "   these verdicts (by mention id), counts the figure again the same way and compares.",
    '3. It prints "reproduced" (exit code 0), or lists each difference (exit code 1): a PDF changed (sha256',
    "   differs), not found, or extra; a different count of mentions by document, page and term; a verdict",
    "   whose mention is not found; a different figure (old -> new). It counts the broad figure again",
    "   with the coded passages, and draws each elusion sample again from its seed and frame.",
    "",
    "Without stp-scan, the figure can be followed by hand: statistic.json lists each plan's headline",
    "mentions; mentions.csv gives each one's page and passage to look up in the PDF; verdicts.json says",
    "which an auditor rejected.",
  ].join("\n")}\n`;
}
