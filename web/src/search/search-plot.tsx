import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type { PlaceJson } from "../api/workbench-json.js";
import { useLoad } from "../shell/use-load.js";
import { DispersionPlot, type Strip } from "../shared/dispersion.js";
import { fileName } from "../shared/format.js";
import { placeHref } from "./concordance.js";
import { searchQuery, type SearchState } from "./search-query.js";

/** The plot reads at most this many places (in corpus order) and says so when there are more. */
const PLOT_PLACES = 2000;

/** A place as the plot may receive it: with its document's pages and its page's length, when the API gives them. */
type PlottedPlace = PlaceJson & {
  readonly pages?: number;
  readonly pageLength?: number;
};

/** One strip per document with places, in corpus order; a document's length is its pages when known. */
export function searchStrips(
  places: readonly PlottedPlace[],
  s: SearchState,
): Strip[] {
  const strips = new Map<
    string,
    { plan: string; pages: number; places: PlottedPlace[] }
  >();
  for (const p of places) {
    const strip = strips.get(p.document) ?? {
      plan: p.plan_id,
      pages: 1,
      places: [],
    };
    strip.pages = Math.max(strip.pages, p.pages ?? p.page);
    strip.places.push(p);
    strips.set(p.document, strip);
  }
  return [...strips].map(([document, strip]) => ({
    label: `${strip.plan} / ${fileName(document)}`,
    document,
    pages: strip.pages,
    ticks: strip.places.map((p) => ({
      page: p.page,
      along:
        p.pageLength !== undefined && p.pageLength > 0
          ? p.start / p.pageLength
          : 0.5,
      label: `${fileName(document)} page ${p.page}: …${p.left} ${p.match} ${p.right}…`,
      href: placeHref(p, s),
    })),
  }));
}

/** Where the query's places fall along each document that has one; a mark opens its page. */
export function SearchPlot(props: {
  readonly api: Api;
  readonly s: SearchState;
}): JSX.Element {
  const { s } = props;
  const unsorted = { ...s, sort: [], offset: 0 };
  const query = searchQuery(unsorted, { limit: PLOT_PLACES, offset: 0 });
  const loaded = useLoad(query.toString(), () => props.api.search(query));
  if (loaded.state !== "done")
    return (
      <p class="dim">
        {loaded.state === "failed" ? loaded.error : "Drawing the plot…"}
      </p>
    );
  const { places, total } = loaded.value;
  return (
    <>
      {total > places.length && (
        <p class="note">
          The plot shows the first {places.length} of {total} places.
        </p>
      )}
      <div class="table-wrap">
        <DispersionPlot
          id="search-plot"
          strips={searchStrips(places, unsorted)}
          title={`Places of “${s.q}” along each document`}
        />
      </div>
    </>
  );
}
