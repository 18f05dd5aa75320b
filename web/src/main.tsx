// The browser app of `stp-scan serve`: the audit page. Data comes from serve/'s API (/api/), pdf.js from /pdfjs/
// (the installed pdfjs-dist); text from PDFs is always set as text, never parsed as HTML.
import "./app.css";
import { signal } from "@preact/signals";
import { render } from "preact";
import { createApi } from "./api/client.js";
import { takeToken } from "./api/token.js";
import { AuditApp } from "./audit/audit-app.js";
import { createAudit } from "./audit/audit-state.js";
import { createPdfPages } from "./pdf/pdf-pages.js";

const waiting = signal(false);
const api = createApi(takeToken(), (w) => {
  waiting.value = w;
});
const audit = createAudit(api);
const root = document.getElementById("app");
if (root !== null) {
  render(
    <AuditApp audit={audit} pages={createPdfPages(api)} waiting={waiting} />,
    root,
  );
  audit.start();
}
