import { signal, type Signal } from "@preact/signals";
import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import { AuditApp } from "../audit/audit-app.js";
import type { Audit } from "../audit/audit-state.js";
import type { PdfPages } from "../viewer/pdf-page.js";
import { CorpusView } from "../corpus/corpus-view.js";
import { ExportsView } from "../exports/exports-view.js";
import { LexiconView } from "../lexicon/lexicon-view.js";
import { ScanView } from "../scan/scan-view.js";
import { OverviewView } from "../overview/overview-view.js";
import { PlanView } from "../plans/plan-view.js";
import { PlansView } from "../plans/plans-view.js";
import { SearchView } from "../search/search-view.js";
import { DocumentView } from "../viewer/document-view.js";
import { CandidatesView } from "../beyond/candidates-view.js";
import { ElusionView } from "../beyond/elusion-view.js";
import { routeOf, type Route, type View } from "./route.js";

/** The top navigation: each entry, the views it stands for (the plan page is under Plans). */
const NAV: readonly (readonly [string, string, readonly View[]])[] = [
  ["#/overview", "Overview", ["overview"]],
  ["#/plans", "Plans", ["plans", "plan"]],
  ["#/search", "Search", ["search"]],
  ["#/audit", "Audit", ["audit"]],
  ["#/corpus", "Corpus", ["corpus"]],
  ["#/scan", "Scan", ["scan"]],
  ["#/lexicon", "Lexicon", ["lexicon"]],
  ["#/exports", "Report & exports", ["exports"]],
  ["#/candidates", "Candidates", ["candidates"]],
  ["#/elusion", "Elusion", ["elusion"]],
];

const BUSY =
  "The database is busy (another stp-scan command is writing to it); trying again…";

/** The address the workbench shows, kept in step with the location's hash. */
export function createRouter(): Signal<Route> {
  const route = signal(routeOf(location.hash));
  addEventListener("hashchange", () => {
    route.value = routeOf(location.hash);
  });
  return route;
}

/** Everything the views share. */
export type Workbench = {
  readonly api: Api;
  readonly route: Signal<Route>;
  readonly audit: Audit;
  readonly pages: PdfPages;
  /** True while another stp-scan command holds the database (the API client waits). */
  readonly waiting: Signal<boolean>;
};

function CurrentView({ wb }: { readonly wb: Workbench }): JSX.Element {
  const route = wb.route.value;
  switch (route.view) {
    case "overview":
      return <OverviewView api={wb.api} route={route} />;
    case "plans":
      return <PlansView api={wb.api} route={route} />;
    case "plan":
      return <PlanView api={wb.api} route={route} />;
    case "search":
      return <SearchView api={wb.api} route={route} />;
    case "document":
      return <DocumentView api={wb.api} route={route} pages={wb.pages} />;
    case "exports":
      return <ExportsView api={wb.api} />;
    case "corpus":
      return <CorpusView api={wb.api} />;
    case "scan":
      return <ScanView api={wb.api} />;
    case "lexicon":
      return <LexiconView api={wb.api} />;
    case "candidates":
      return <CandidatesView api={wb.api} route={route} />;
    case "elusion":
      return <ElusionView api={wb.api} />;
    case "audit":
      return (
        <div class="audit-app">
          <h1 class="sr-only">Audit</h1>
          <AuditApp
            api={wb.api}
            audit={wb.audit}
            pages={wb.pages}
            waiting={wb.waiting}
          />
        </div>
      );
  }
}

/** The app shell: a skip link, the navigation, a line while the database is busy, and the view of the address. */
export function WorkbenchApp({ wb }: { readonly wb: Workbench }): JSX.Element {
  const view = wb.route.value.view;
  return (
    <>
      <a class="skip" href="#content" onClick={skipToContent}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">stp-scan</span>
        <nav aria-label="views">
          <ul>
            {NAV.map(([to, label, views]) => (
              <li key={to}>
                <a
                  href={to}
                  aria-current={views.includes(view) ? "page" : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {wb.waiting.value && (
          <span class="busy" role="status">
            {BUSY}
          </span>
        )}
      </header>
      <main id="content" tabIndex={-1}>
        <CurrentView wb={wb} />
      </main>
    </>
  );
}

/** The skip link moves focus to the view without touching the address (the hash is the route). */
function skipToContent(e: MouseEvent): void {
  e.preventDefault();
  const target =
    document.getElementById("view-title") ?? document.getElementById("content");
  target?.focus();
}
