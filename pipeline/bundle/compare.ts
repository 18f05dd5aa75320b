import type { BundleContents, BundleStatistic } from "./contents.js";
import { counted } from "../plural.js";
import {
  BEYOND_FIELDS,
  compareBeyond,
  type BeyondDifference,
} from "./compare-beyond.js";

/** One way a re-created bundle differs from the one given: what kind, and one line saying it. */
export type BundleDifference = {
  readonly kind:
    | "lexicon"
    | "document-changed"
    | "document-missing"
    | "document-extra"
    | "document-status"
    | "count"
    | "verdict-orphaned"
    | "statistic"
    | BeyondDifference["kind"];
  /** One line a reader can act on, naming the file, page or mention. */
  readonly message: string;
};

const short = (sha: string | null) =>
  sha === null ? "none" : sha.slice(0, 12);

/**
 * What differs between a bundle (`expected`) and the bundle re-created from the PDFs (`actual`): documents by
 * sha256 and status, mention counts by document, page and term, verdicts whose mention is gone, the statistic.
 * Empty when the figure is reproduced. In a stable order: documents, counts, verdicts, statistic.
 */
export function compareBundles(
  expected: BundleContents,
  actual: BundleContents,
): BundleDifference[] {
  return [
    ...compareDocuments(expected, actual),
    ...compareCounts(expected, actual),
    ...orphanedVerdicts(expected, actual),
    ...compareStatistic(expected.statistic, actual.statistic),
    ...compareBeyond(expected, actual),
  ];
}

function compareDocuments(
  expected: BundleContents,
  actual: BundleContents,
): BundleDifference[] {
  const found = new Map(actual.documents.map((d) => [d.document, d]));
  const out: BundleDifference[] = [];
  for (const want of expected.documents) {
    const got = found.get(want.document);
    if (want.sha256 === null) continue; // missing when bundled too: its status says so
    if (got === undefined || got.sha256 === null) {
      out.push({
        kind: "document-missing",
        message: `${want.document}: not found in the corpus`,
      });
    } else if (got.sha256 !== want.sha256) {
      out.push({
        kind: "document-changed",
        message: `${want.document}: changed (sha256 ${short(want.sha256)}... in the bundle, ${short(got.sha256)}... in the corpus)`,
      });
    } else if (got.status !== want.status) {
      out.push({
        kind: "document-status",
        message: `${want.document}: status ${want.status} -> ${got.status}`,
      });
    }
  }
  const listed = new Set(expected.documents.map((d) => d.document));
  for (const got of actual.documents)
    if (!listed.has(got.document) && got.sha256 !== null)
      out.push({
        kind: "document-extra",
        message: `${got.document}: extra PDF, not in the bundle (counted in plan ${got.plan_id})`,
      });
  return out;
}

/** Mentions per "document page N term" key. */
function countsOf(c: BundleContents): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of c.mentions) {
    const key = `${m.document}\u0000${m.page}\u0000${m.term_id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function compareCounts(
  expected: BundleContents,
  actual: BundleContents,
): BundleDifference[] {
  const want = countsOf(expected);
  const got = countsOf(actual);
  const keys = [...new Set([...want.keys(), ...got.keys()])];
  // In corpus order (the bundle's mention order), then those only the corpus has.
  return keys
    .filter((k) => (want.get(k) ?? 0) !== (got.get(k) ?? 0))
    .map((k) => {
      const [document, page, term] = k.split("\u0000");
      return {
        kind: "count" as const,
        message: `${document} page ${page} ${term}: ${want.get(k) ?? 0} -> ${counted(got.get(k) ?? 0, "mention")}`,
      };
    });
}

function orphanedVerdicts(
  expected: BundleContents,
  actual: BundleContents,
): BundleDifference[] {
  const ids = new Set(actual.mentions.map((m) => m.mention_id));
  const known = new Set(expected.mentions.map((m) => m.mention_id));
  // A verdict already orphaned when the bundle was made (its mention not in mentions.json) is history, not a
  // difference: only verdicts on a bundled mention that the PDFs no longer give are.
  return expected.verdicts
    .filter((v) => known.has(v.mentionId) && !ids.has(v.mentionId))
    .map((v) => ({
      kind: "verdict-orphaned" as const,
      message: `verdict ${v.verdictId} (${v.verdict} by ${v.auditor}): mention ${v.mentionId} not found`,
    }));
}

const figure = (s: BundleStatistic) =>
  `${s.numerator}/${s.denominator} (${s.share === null ? "n/a" : `${(s.share * 100).toFixed(1)}%`})`;

const outcome = (m: boolean | null) =>
  m === null ? "apart" : m ? "yes" : "no";

// Fields of statistic.json added since bundles were first made (`codes`: the judged mentions by reason): a bundle
// made before one has no such field, and its figure is compared without it.
const ADDED_SINCE = ["codes"];

/** The headline figure old -> new, each plan whose outcome moved, and any other field that moved. */
export function compareStatistic(
  expected: BundleStatistic,
  recounted: BundleStatistic,
): BundleDifference[] {
  const actual = Object.fromEntries(
    Object.entries(recounted).filter(
      ([k]) => k in expected || !ADDED_SINCE.includes(k),
    ),
  ) as BundleStatistic;
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const out: BundleDifference[] = [];
  if (figure(expected) !== figure(actual))
    out.push({
      kind: "statistic",
      message: `statistic: ${figure(expected)} -> ${figure(actual)}`,
    });
  const after = new Map(actual.plans.map((p) => [p.plan, p]));
  for (const p of expected.plans) {
    const q = after.get(p.plan);
    if (q === undefined)
      out.push({ kind: "statistic", message: `plan ${p.plan}: not counted` });
    else if (q.mentions !== p.mentions || q.headline !== p.headline)
      out.push({
        kind: "statistic",
        message: `plan ${p.plan}: ${outcome(p.mentions)} (${p.headline} headline) -> ${outcome(q.mentions)} (${q.headline} headline)`,
      });
  }
  if (out.length === 0) {
    const keys = [
      ...new Set([...Object.keys(expected), ...Object.keys(actual)]),
    ].filter((k) => !(BEYOND_FIELDS as readonly string[]).includes(k));
    const moved = keys.filter(
      (k) => JSON.stringify(expected[k]) !== JSON.stringify(actual[k]),
    );
    // The broad statistic and the elusion figures are compareBeyond's to say.
    if (moved.length > 0)
      out.push({
        kind: "statistic",
        message: `statistic: ${moved.join(", ")} differ`,
      });
  }
  return out;
}
