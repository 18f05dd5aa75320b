import type { JSX } from "preact";
import type {
  PlaceJson,
  SearchJson,
} from "../../../pipeline/serve/api-types.js";
import { navigate } from "../shell/navigate.js";
import { href } from "../shell/route.js";
import { fileName } from "../shared/format.js";
import { Pager } from "../shared/pager.js";
import { PAGE_ROWS, type SearchState } from "./search-query.js";

/** Where a place opens: its page in the viewer, the hit highlighted, the search it came from named. */
export const placeHref = (p: PlaceJson, s: SearchState): string =>
  href.page(p.document, p.page, {
    q: s.q,
    mode: s.mode === "phrase" ? "" : s.mode,
    hit: `${p.start}-${p.end}`,
  });

function PlaceRow(props: {
  readonly p: PlaceJson;
  readonly s: SearchState;
  readonly n: number;
}): JSX.Element {
  const { p } = props;
  const to = placeHref(p, props.s);
  // The whole row opens the page for a mouse; the hit is the link, so Tab and Enter do the same.
  return (
    <tr data-n={props.n} onClick={() => navigate(to)}>
      <td class="left">{p.left}</td>
      <td class="hit">
        <a href={to}>{p.match}</a>
      </td>
      <td class="right">{p.right}</td>
      <td>{p.plan_id}</td>
      <td title={p.document}>{fileName(p.document)}</td>
      <td class="num">{p.page}</td>
      <td>{p.location ?? ""}</td>
      <td>{p.source}</td>
    </tr>
  );
}

/** One page of the concordance (Left | Hit | Right, then where), and the buttons to the pages around it. */
export function Concordance(props: {
  readonly result: SearchJson;
  readonly s: SearchState;
  readonly turn: (offset: number) => void;
}): JSX.Element {
  const { result, s } = props;
  return (
    <>
      <div class="table-wrap">
        <table id="concordance" class="grid kwic">
          <caption class="sr-only">Places of the query, one a row</caption>
          <thead>
            <tr>
              <th scope="col" class="left">
                Left
              </th>
              <th scope="col">Hit</th>
              <th scope="col">Right</th>
              <th scope="col">Plan</th>
              <th scope="col">Document</th>
              <th scope="col" class="num">
                Page
              </th>
              <th scope="col">Location</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {result.places.map((p, i) => (
              <PlaceRow
                key={`${p.document}:${p.page}:${p.start}`}
                p={p}
                s={s}
                n={s.offset + i + 1}
              />
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        id="rows"
        offset={s.offset}
        shown={result.places.length}
        total={result.total}
        pageRows={PAGE_ROWS}
        turn={props.turn}
      />
    </>
  );
}
