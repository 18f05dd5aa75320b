// serve/: the local audit app. Takes a database and an auditor and gives an HTTP server on 127.0.0.1: the page,
// pdf.js from the installed package, the mentions, the corpus PDFs and the verdict endpoint, behind a per-run
// token and same-origin guards.
export { createAuditServer, type ServeOptions } from "./server.js";
