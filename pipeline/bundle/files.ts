import { renderCsv } from "../csv/index.js";
import { MENTION_COLUMNS, type Result } from "../types.js";
import { fail, ok } from "../problem.js";
import type { BundleContents } from "./contents.js";
import { checkBundleShapes } from "./bundle-schema.js";
import { renderReadme } from "./readme.js";

// The bundle's files: their names, their text, and reading them back. JSON files are what `verify` reads;
// README.txt and mentions.csv are for people (mentions.csv opens in a spreadsheet, as `export mentions` does).

/** The name of each file in a bundle. */
export const BUNDLE_FILES = {
  readme: "README.txt",
  manifest: "manifest.json",
  lexicon: "lexicon.csv",
  codebook: "codebook.csv",
  mentions: "mentions.json",
  mentionsCsv: "mentions.csv",
  verdicts: "verdicts.json",
  pageDeclarations: "page-declarations.json",
  duplicateDeclarations: "duplicate-declarations.json",
  codedPassages: "coded-passages.json",
  elusion: "elusion.json",
  settings: "settings.json",
  versions: "versions.json",
  statistic: "statistic.json",
} as const;

/** The files `verify` needs: a bundle without one of them cannot be checked. */
export const REQUIRED_FILES = [
  BUNDLE_FILES.manifest,
  BUNDLE_FILES.lexicon,
  BUNDLE_FILES.mentions,
  BUNDLE_FILES.verdicts,
  BUNDLE_FILES.settings,
  BUNDLE_FILES.versions,
  BUNDLE_FILES.statistic,
] as const;

// The columns of `export mentions` (a contract), then the latest verdict note, then `counted` (after
// the note, which kept its place).
const MENTION_CSV_COLUMNS = [
  ...MENTION_COLUMNS.filter((c) => c !== "counted"),
  "note",
  "counted",
];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A bundle's files, by name, in the order they go into the archive (README first). */
export function renderBundleFiles(c: BundleContents): Map<string, string> {
  const files = new Map<string, string>([
    [BUNDLE_FILES.readme, renderReadme(c)],
    [BUNDLE_FILES.settings, json(c.settings)],
    [BUNDLE_FILES.statistic, json(c.statistic)],
    [BUNDLE_FILES.manifest, json({ plans: c.plans, documents: c.documents })],
    [BUNDLE_FILES.lexicon, c.lexiconCsv],
    [BUNDLE_FILES.mentions, json(c.mentions)],
    [BUNDLE_FILES.mentionsCsv, renderCsv(MENTION_CSV_COLUMNS, c.mentions)],
    [BUNDLE_FILES.verdicts, json(c.verdicts)],
    [BUNDLE_FILES.versions, json(c.versions)],
  ]);
  if (c.codebookCsv != null) files.set(BUNDLE_FILES.codebook, c.codebookCsv);
  if (c.pageDeclarations !== null)
    files.set(BUNDLE_FILES.pageDeclarations, json(c.pageDeclarations));
  if (c.duplicateDeclarations != null)
    files.set(
      BUNDLE_FILES.duplicateDeclarations,
      json(c.duplicateDeclarations),
    );
  if (c.codedPassages != null)
    files.set(BUNDLE_FILES.codedPassages, json(c.codedPassages));
  if (c.elusion != null) files.set(BUNDLE_FILES.elusion, json(c.elusion));
  return files;
}

/** A bundle's files read back; a reason naming the file when one is missing or not what it should be. */
export function parseBundleFiles(
  files: ReadonlyMap<string, string>,
): Result<BundleContents> {
  const missing = REQUIRED_FILES.find((f) => !files.has(f));
  if (missing !== undefined)
    return fail({ reason: `no ${missing} in the bundle` });
  const parsed = new Map<string, unknown>();
  for (const name of [
    ...REQUIRED_FILES,
    BUNDLE_FILES.pageDeclarations,
    BUNDLE_FILES.duplicateDeclarations,
    BUNDLE_FILES.codedPassages,
    BUNDLE_FILES.elusion,
  ]) {
    const text = files.get(name);
    if (text === undefined || !name.endsWith(".json")) continue;
    try {
      parsed.set(name, JSON.parse(text));
    } catch (error) {
      return fail({ reason: `${name}: not JSON (${String(error)})` });
    }
  }
  const wrong = checkBundleShapes(parsed, {
    ...BUNDLE_FILES,
    declarations: [
      BUNDLE_FILES.pageDeclarations,
      BUNDLE_FILES.duplicateDeclarations,
      BUNDLE_FILES.codedPassages,
    ],
    elusion: BUNDLE_FILES.elusion,
  });
  if (wrong !== null) return fail({ reason: wrong });
  const manifest = parsed.get(BUNDLE_FILES.manifest) as {
    plans: unknown;
    documents: unknown;
  };
  return ok({
    plans: manifest.plans,
    documents: manifest.documents,
    lexiconCsv: files.get(BUNDLE_FILES.lexicon),
    codebookCsv: files.get(BUNDLE_FILES.codebook) ?? null,
    mentions: parsed.get(BUNDLE_FILES.mentions),
    verdicts: parsed.get(BUNDLE_FILES.verdicts),
    pageDeclarations: parsed.get(BUNDLE_FILES.pageDeclarations) ?? null,
    duplicateDeclarations:
      parsed.get(BUNDLE_FILES.duplicateDeclarations) ?? null,
    codedPassages: parsed.get(BUNDLE_FILES.codedPassages) ?? null,
    elusion: parsed.get(BUNDLE_FILES.elusion) ?? null,
    settings: parsed.get(BUNDLE_FILES.settings),
    versions: parsed.get(BUNDLE_FILES.versions),
    statistic: parsed.get(BUNDLE_FILES.statistic),
  } as BundleContents);
}
