import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { MentionJson } from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
import { useLoad } from "../shell/use-load.js";
import { markBody } from "../test-marks.js";
import { PageTools, PdfPage, type PdfPages } from "../viewer/pdf-page.js";
import type { Audit } from "./audit-state.js";

export type { PdfPages };

/**
 * The page shown for `m`: its own, with the passage alone highlighted, or another of its document the auditor
 * paged to, with that page's mentions highlighted and a way back.
 */
function MentionPage(props: {
  readonly api: Api;
  readonly audit: Audit;
  readonly pages: PdfPages;
  readonly m: MentionJson;
  readonly page: number;
  readonly goTo: (page: number | null) => void;
  readonly zoom: number;
  readonly setZoom: (zoom: number) => void;
}): JSX.Element {
  const { m, page } = props;
  const key = `${m.document}#${page}`;
  const loaded = useLoad(key, () =>
    props.api.page(m.document, page, new URLSearchParams()),
  );
  const data =
    loaded.state === "done" && loaded.key === key ? loaded.value : null;
  const itsPage = page === m.page;
  return (
    <>
      {data !== null && (
        <PageTools
          data={data}
          zoom={props.zoom}
          setZoom={props.setZoom}
          goTo={(n) => props.goTo(n === m.page ? null : n)}
        >
          {!itsPage && (
            <button
              type="button"
              id="to-passage"
              onClick={() => props.goTo(null)}
            >
              Back to the passage (page {m.page})
            </button>
          )}
        </PageTools>
      )}
      {loaded.state === "failed" && (
        <p class="problem" role="alert">
          {loaded.error}
        </p>
      )}
      {/* The mention's own page is drawn at once; another waits for its mentions. */}
      {(itsPage || data !== null) && (
        <PdfPage
          pages={props.pages}
          document={m.document}
          page={page}
          zoom={props.zoom}
          marks={{ mentions: itsPage ? [m] : (data?.mentions ?? []), hits: [] }}
          onFailure={props.audit.report}
          onDrawn={() => {
            if (itsPage) markBody("ready", m.id);
          }}
          canvasId="canvas"
        />
      )}
    </>
  );
}

/**
 * The selected mention's page, rendered by pdf.js with its words highlighted where they are drawn; previous and
 * next page, zoom and fit width as in the document viewer. Selecting another mention returns to its page.
 */
export function PageView(props: {
  readonly api: Api;
  readonly audit: Audit;
  readonly pages: PdfPages;
}): JSX.Element | null {
  const m = props.audit.selection.value?.mention ?? null;
  const [away, setAway] = useState<{ id: string; page: number } | null>(null);
  const [zoom, setZoom] = useState(1);
  if (m === null) return null;
  return (
    <MentionPage
      api={props.api}
      audit={props.audit}
      pages={props.pages}
      m={m}
      page={away?.id === m.id ? away.page : m.page}
      goTo={(page) => setAway(page === null ? null : { id: m.id, page })}
      zoom={zoom}
      setZoom={setZoom}
    />
  );
}
