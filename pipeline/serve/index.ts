// serve/: the HTTP API of the browser app (web/). Takes a database and an auditor and gives an HTTP server on
// 127.0.0.1: the app's page and bundle, pdf.js from the installed package, the mentions, the corpus PDFs and the
// verdict endpoint, behind a per-run token and same-origin guards. The JSON it speaks is in api-types.ts.
export { createAuditServer, type ServeOptions } from "./server.js";
export type * from "./api-types.js";
