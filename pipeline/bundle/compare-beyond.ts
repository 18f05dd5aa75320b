import { drawUniformSample } from "../stats/index.js";
import type {
  BundleContents,
  BundleElusion,
  BundleStatistic,
} from "./contents.js";

// Beyond the words in a bundle (spec v2.1 points 4 and 5): what verify checks besides the headline figure. The broad
// statistic is counted again with the bundle's coded passages; each elusion draw is drawn again from its recorded
// frame and seed, its frame checked against the PDFs read now. Pure.

/** A way a re-created bundle differs beyond the words: its kind, and one line saying it. */
export type BeyondDifference = {
  readonly kind: "broad" | "elusion";
  /** One line a reader can act on, naming the draw or the figure. */
  readonly message: string;
};

/** The fields of statistic.json that say beyond the words; a bundle made before them holds neither. */
export const BEYOND_FIELDS = ["broad", "elusion"] as const;

/** A figure's counts in a sentence: "3/14". */
type Counts = { numerator: number; denominator: number };

/** The coded passages a broad figure counts (0 when it says none). */
const codedIn = (broad: unknown): number =>
  typeof broad === "object" &&
  broad !== null &&
  typeof (broad as { codedPassages?: unknown }).codedPassages === "number"
    ? (broad as { codedPassages: number }).codedPassages
    : 0;

const isCounts = (v: unknown): v is Counts =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Counts).numerator === "number" &&
  typeof (v as Counts).denominator === "number";

/**
 * The statistic re-created from the PDFs as the bundle holds it: a bundle made before the broad statistic and the
 * elusion sample does not say them, so they are not compared (it is checked as it was made).
 */
export function alignStatistic(
  expected: BundleStatistic,
  actual: BundleStatistic,
): BundleStatistic {
  const kept = { ...actual } as Record<string, unknown>;
  for (const field of BEYOND_FIELDS)
    if (!(field in expected)) delete kept[field];
  return kept as BundleStatistic;
}

/**
 * The broad figure old -> new once a passage is coded (before that it is the headline figure less its rejected
 * mentions, and moves only with it, which compareStatistic says), and the elusion figures when they moved.
 */
export function compareBeyond(
  expected: BundleContents,
  actual: BundleContents,
): BeyondDifference[] {
  const out: BeyondDifference[] = [];
  const was = expected.statistic["broad"];
  const is = actual.statistic["broad"];
  const isCoded = [was, is].some((b) => codedIn(b) > 0);
  if (
    isCoded &&
    isCounts(was) &&
    isCounts(is) &&
    JSON.stringify(was) !== JSON.stringify(is)
  )
    out.push({
      kind: "broad",
      message: `broad statistic: ${was.numerator}/${was.denominator} -> ${is.numerator}/${is.denominator}${was.numerator === is.numerator && was.denominator === is.denominator ? " (its plans or coded passages differ)" : ""}`,
    });
  if (
    "elusion" in expected.statistic &&
    JSON.stringify(expected.statistic["elusion"]) !==
      JSON.stringify(
        fieldsOf(actual.statistic["elusion"], expected.statistic["elusion"]),
      )
  )
    out.push({
      kind: "elusion",
      message:
        "elusion: its figures differ from those counted again from its answers",
    });
  return [...out, ...checkDraws(expected, actual)];
}

/**
 * `counted` with only the fields `recorded` has, at every depth, in its order: a bundle made before a field was
 * added (the earlier draws, a page's note) is checked on what it recorded.
 */
function fieldsOf(counted: unknown, recorded: unknown): unknown {
  if (Array.isArray(counted) && Array.isArray(recorded))
    return (counted as unknown[]).map((c, i) =>
      i < recorded.length ? fieldsOf(c, recorded[i] as unknown) : c,
    );
  if (
    counted === null ||
    recorded === null ||
    typeof counted !== "object" ||
    typeof recorded !== "object" ||
    Array.isArray(counted) ||
    Array.isArray(recorded)
  )
    return counted;
  const c = counted as Readonly<Record<string, unknown>>;
  const r = recorded as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    Object.keys(r).flatMap((k) => (k in c ? [[k, fieldsOf(c[k], r[k])]] : [])),
  );
}

type FrameRow = [plan: string, document: string, sha256: string, page: number];

/**
 * Each recorded draw checked: its seed over its frame gives the pages it recorded, in order; each page of its frame
 * is a page of a document the PDFs still give (same sha256); no page of it is of a plan whose headline mentions
 * (not rejected) reach the draw's threshold in the PDFs, so nothing was drawn from a plan that already counted.
 */
function checkDraws(
  expected: BundleContents,
  actual: BundleContents,
): BeyondDifference[] {
  const elusion: BundleElusion | null = expected.elusion ?? null;
  if (elusion === null) return [];
  const files = new Map(actual.documents.map((d) => [d.document, d.sha256]));
  const headline = headlineByPlan(actual.statistic);
  return elusion.draws.flatMap((d): BeyondDifference[] => {
    const id = Number(d["draw_id"]);
    const threshold = Number(d["threshold"]);
    const frame = JSON.parse(String(d["frame"])) as FrameRow[];
    const items = elusion.items
      .filter((i) => Number(i["draw_id"]) === id)
      .sort((a, b) => Number(a["item"]) - Number(b["item"]))
      .map((i) => `${String(i["document"])}\u0000${Number(i["page"])}`);
    const drawn = drawUniformSample(
      frame,
      Number(d["size"]),
      Number(d["seed"]),
    ).map(([, document, , page]) => `${document}\u0000${page}`);
    const out: BeyondDifference[] = [];
    const say = (message: string) =>
      out.push({ kind: "elusion", message: `elusion draw ${id}: ${message}` });
    if (JSON.stringify(drawn) !== JSON.stringify(items))
      say(
        `seed ${String(d["seed"])} over its frame does not give the pages it recorded`,
      );
    const changed = frame.filter(
      ([, document, sha256]) => files.get(document) !== sha256,
    );
    if (changed.length > 0)
      say(
        `${changed.length} of its ${frame.length} frame pages are of files changed or not found`,
      );
    const counting = [...new Set(frame.map(([plan]) => plan))].filter(
      (plan) => (headline.get(plan) ?? 0) >= threshold,
    );
    if (counting.length > 0)
      say(
        `its frame holds pages of plans with headline mentions: ${counting.join(", ")}`,
      );
    return out;
  });
}

/** Headline mentions not rejected by plan, from the broad statistic's plans (the lexical count beside the coded). */
function headlineByPlan(statistic: BundleStatistic): Map<string, number> {
  const broad = statistic["broad"] as
    { plans?: readonly { plan: string; headline: number }[] } | undefined;
  return new Map((broad?.plans ?? []).map((p) => [p.plan, p.headline]));
}
