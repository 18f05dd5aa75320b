import type { JSX } from "preact";
import type { DispersionJson } from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
import { href } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { DispersionPlot, type Strip } from "../shared/dispersion.js";
import { fileName } from "../shared/format.js";
import { searchQuery, type SearchState } from "./search-query.js";

/** The plot's strips that hold a place (the API gives every readable document), each mark opening its page. */
export function searchStrips(answer: DispersionJson, s: SearchState): Strip[] {
  return answer.strips
    .filter((strip) => strip.ticks.length > 0)
    .map((strip) => ({
      label: `${strip.plan} / ${fileName(strip.document)}`,
      document: strip.document,
      pages: strip.pages,
      ticks: strip.ticks.map((t) => ({
        ...t,
        href: href.page(strip.document, t.page, {
          q: s.q,
          mode: s.mode === "phrase" ? "" : s.mode,
        }),
      })),
    }));
}

/** Where the query's places fall along each document that has one (`search --plot`); a mark opens its page. */
export function SearchPlot(props: {
  readonly api: Api;
  readonly s: SearchState;
}): JSX.Element {
  const { s } = props;
  const query = searchQuery(s);
  for (const k of ["sort", "limit", "offset"]) query.delete(k);
  const loaded = useLoad(query.toString(), () => props.api.dispersion(query));
  if (loaded.state === "loading")
    return <p class="loading">Drawing the plot…</p>;
  if (loaded.state === "failed")
    return (
      <p class="problem" role="alert">
        {loaded.error}
      </p>
    );
  const strips = searchStrips(loaded.value, s);
  return (
    <div class="table-wrap">
      <DispersionPlot
        id="search-plot"
        strips={strips}
        title={`Places of “${s.q}” along each document`}
      />
    </div>
  );
}
