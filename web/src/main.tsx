// The browser app of `stp-scan serve`: the workbench (overview, plans, search, the document viewer, the audit,
// report and exports). Data comes from serve/'s API (/api/), pdf.js from /pdfjs/ (the installed pdfjs-dist);
// text from PDFs is always set as text, never parsed as HTML.
import "./app.css";
import "./views.css";
import { signal } from "@preact/signals";
import { render } from "preact";
import { createApi } from "./api/client.js";
import { takeToken } from "./api/token.js";
import { createAudit } from "./audit/audit-state.js";
import { createPdfPages } from "./pdf/pdf-pages.js";
import { createRouter, WorkbenchApp } from "./shell/workbench.js";

const waiting = signal(false);
const api = createApi(takeToken(), (w) => {
  waiting.value = w;
});
const audit = createAudit(api);
const root = document.getElementById("app");
if (root !== null) {
  const wb = {
    api,
    route: createRouter(),
    audit,
    pages: createPdfPages(api),
    waiting,
  };
  render(<WorkbenchApp wb={wb} />, root);
  // The audit list is read when the audit is first opened, not before the first screen.
  let started = false;
  const startAudit = () => {
    if (started || wb.route.value.view !== "audit") return;
    started = true;
    audit.start();
  };
  startAudit();
  wb.route.subscribe(startAudit);
}
