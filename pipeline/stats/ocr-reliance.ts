import type { OcrFigures, Statistic } from "../types.js";

/** A plan that says "yes" only because of mentions read by OCR. */
export type OcrReliantPlan = {
  readonly plan: string;
  readonly headline: number;
  /** Its headline mentions from text layers: fewer than the threshold. */
  readonly fromText: number;
};

/**
 * The plans counted as mentioning social value whose headline mentions from text layers alone stay below the
 * statistic's threshold: their "yes" rests on OCR, so a reader knows where the number leans on it.
 */
export function plansRestingOnOcr(
  stat: Statistic,
  figures: Pick<OcrFigures, "headlineFromText">,
): OcrReliantPlan[] {
  return stat.plans
    .filter((p) => p.mentions === true)
    .map((p) => ({
      plan: p.plan,
      headline: p.headline,
      fromText: figures.headlineFromText.get(p.plan) ?? 0,
    }))
    .filter((p) => p.fromText < stat.threshold);
}

/** One line on what OCR read and how much of the count rests on it; null when OCR read nothing. */
export function describeOcr(
  figures: OcrFigures,
  reliant: readonly OcrReliantPlan[],
): string | null {
  const read = figures.pagesOcr + figures.pagesPicture;
  if (read === 0 && figures.engine === null) return null;
  const plans =
    reliant.length === 0
      ? "no plan's yes rests only on OCR"
      : `plans whose yes rests only on OCR: ${reliant.map((p) => `${p.plan} (${p.headline} headline, ${p.fromText} from text)`).join(", ")}`;
  const n = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return (
    `OCR${figures.engine === null ? "" : ` (${figures.engine})`}: ${n(figures.pagesOcr, "page", "pages")} read, ` +
    `${n(figures.pagesPicture, "picture", "pictures")}, ${n(figures.pagesUnreadable, "page", "pages")} unreadable; ` +
    `${n(figures.mentions, "mention", "mentions")} from OCR (${figures.headlineMentions} headline); ${plans}`
  );
}

/**
 * What OCR contributed to a statistic, as data (the figures without the per-plan map, plus the plans whose yes
 * rests only on OCR) and as the line printed under the table (null with OCR off): stats, scan and the report
 * all say it this way.
 */
export function summariseOcr(figures: OcrFigures, stat: Statistic) {
  const reliant = plansRestingOnOcr(stat, figures);
  const { headlineFromText: _byPlan, ...counts } = figures;
  return {
    data: { ...counts, plansRestingOnOcr: reliant },
    line: describeOcr(figures, reliant),
  };
}
