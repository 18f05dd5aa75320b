// The report's only style and script, inlined so the file opens from disk with no network.

export const REPORT_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-top: 0; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
.big { font-size: 1.3rem; } .big strong { font-size: 2rem; color: #0072B2; }
.note { color: #555; } code { font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; cursor: pointer; user-select: none; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.yes td:nth-child(7) { color: #006d3c; font-weight: 600; } tr.apart { background: #fff7e6; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
svg .label { font-size: 11px; } svg .value { font-size: 10px; fill: #444; } svg .region { font-weight: bold; }
blockquote { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 3px solid #0072B2; }
mark { background: #ffe066; padding: 0 0.1em; } .cite { margin: 0 0 0.8rem; font-size: 0.85rem; color: #444; }
img.page-picture { display: block; max-width: 100%; height: auto; margin: 0.2rem 0 0.3rem 0.8rem; border: 1px solid #ccc; }
.no-picture { margin: 0.2rem 0 0.3rem 0.8rem; font-size: 0.8rem; color: #666; }
li.v-rejected blockquote { text-decoration: line-through; border-color: #999; color: #777; }
table.docs code { word-break: break-all; font-size: 0.75em; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; } main { max-width: none; padding: 0; } .screen-only { display: none; }
  th { cursor: auto; } a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; word-break: break-all; }
  section, tr, li { break-inside: avoid; } h2 { break-after: avoid; }
}`;

// Click a heading to sort its table: numbers numerically, text alphabetically; click again to reverse.
export const SORT_SCRIPT = `
document.querySelectorAll("table.sortable th").forEach(function (th, column) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0];
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].innerText.trim(), y = b.cells[column].innerText.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});`;
