import type { PlaceInContext } from "../explore/index.js";
import { readDocuments, type Db } from "../store/index.js";
import { groupBy } from "../group-by.js";
import type { DispersionStrip } from "./dispersion-plot.js";

/** One strip per readable document (plan's, with --plan), a tick per place. */
export function dispersionStrips(
  db: Db,
  places: readonly Pick<
    PlaceInContext,
    "document" | "page" | "start" | "pageLength" | "left" | "match" | "right"
  >[],
  plan?: string,
): DispersionStrip[] {
  const byDocument = groupBy(places, (p) => p.document);
  return readDocuments(db)
    .filter((d) => d.status !== "duplicate" && (d.pages ?? 0) > 0)
    .filter((d) => plan === undefined || d.plan_id === plan)
    .sort(
      (a, b) =>
        a.plan_id.localeCompare(b.plan_id) ||
        a.document.localeCompare(b.document),
    )
    .map((d) => ({
      plan: d.plan_id,
      document: d.document,
      pages: d.pages ?? 1,
      ticks: (byDocument.get(d.document) ?? []).map((p) => ({
        page: p.page,
        along: p.pageLength === 0 ? 0 : p.start / p.pageLength,
        label: `${d.document} page ${p.page}: …${p.left} ${p.match} ${p.right}…`,
      })),
    }));
}
