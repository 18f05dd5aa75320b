// The audit app's single page. Plain HTML, CSS and a module script; pdf.js comes from /pdfjs/ (the installed
// pdfjs-dist), data from /api/. Text from PDFs is always set with textContent, never parsed as HTML.

export const APP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>stp-scan audit</title>
<style>
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: minmax(420px, 40%) 1fr; height: 100vh; }
#side { overflow: auto; border-right: 1px solid #ccc; padding: 0.5rem; }
#main { overflow: auto; padding: 0.5rem; }
#filters select { max-width: 9rem; } #list { width: 100%; border-collapse: collapse; }
#list td { border-bottom: 1px solid #eee; padding: 2px 4px; vertical-align: top; font-size: 12px; }
#list tr { cursor: pointer; } #list tr.sel { background: #dbeafe; } #list .doc { color: #666; white-space: nowrap; }
td.l { text-align: right; color: #444; } td.m { font-weight: 600; white-space: nowrap; } td.v-accepted { color: #067647; } td.v-rejected { color: #b42318; }
#bar { position: sticky; top: 0; background: #fff; padding: 0.3rem 0; border-bottom: 1px solid #ddd; z-index: 2; }
#pagebox { position: relative; display: inline-block; margin-top: 0.5rem; box-shadow: 0 0 4px #999; }
.hl { position: absolute; background: rgba(255, 200, 0, 0.35); outline: 2px solid #e67700; pointer-events: none; }
button { font: inherit; } kbd { border: 1px solid #aaa; border-radius: 3px; padding: 0 3px; font-size: 11px; }
</style></head>
<body>
<div id="side">
  <div id="filters">plan <select id="f-plan"><option value="">all</option></select>
  concept <select id="f-concept"><option value="">all</option><option>social-value</option><option>related</option></select>
  verdict <select id="f-verdict"><option value="">all</option><option>pending</option><option>accepted</option><option>rejected</option><option>disputed</option></select>
  location <select id="f-location"><option value="">all</option><option>heading</option><option>body</option><option>list</option><option>table</option><option>footnote</option><option>caption</option><option>contents</option><option>running</option><option>references</option></select>
  <input id="f-text" type="search" placeholder="plan or words" size="18" aria-label="filter by plan name or words of the passage"></div>
  <p id="stat"></p>
  <table id="list"><tbody></tbody></table>
  <p><button id="prev-page">previous 50</button> <span id="range"></span> <button id="next-page">next 50</button></p>
</div>
<div id="main">
  <div id="bar"><strong id="where">Select a mention</strong><br>
  <button id="accept">Accept <kbd>a</kbd></button> <button id="reject">Reject <kbd>r</kbd></button>
  <button id="note">Note <kbd>n</kbd></button> <button id="next">Next <kbd>j</kbd></button> <button id="back">Previous <kbd>k</kbd></button>
  <span id="passage"></span></div>
  <div id="pagebox"><canvas id="canvas"></canvas></div>
</div>
<script type="module">
import * as pdfjsLib from "/pdfjs/build/pdf.mjs";
pdfjsLib.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.mjs";
const $ = (id) => document.getElementById(id);
const state = { rows: [], index: -1, offset: 0, total: 0, docs: new Map() };
// The token comes once in the URL the command printed, then lives in this tab's sessionStorage, out of the address
// bar; every API request carries it in a header, never in a cookie (which the browser would send to every port).
const token = new URLSearchParams(location.search).get("token") ?? sessionStorage.getItem("stp-token") ?? "";
sessionStorage.setItem("stp-token", token);
history.replaceState(null, "", location.pathname);
const withToken = { "X-STP-Token": token };
// 503: another stp-scan command is writing the database; say so and ask again after Retry-After, a minute at most.
async function api(path, init = {}, tries = 0) {
  const r = await fetch(path, { credentials: "omit", ...init, headers: { ...withToken, ...init.headers } });
  if (r.status === 503 && tries < 60) {
    $("stat").textContent = "The database is busy (another stp-scan command is writing to it); trying again…";
    await new Promise((ok) => setTimeout(ok, 1000 * (Number(r.headers.get("retry-after")) || 1)));
    return api(path, init, tries + 1);
  }
  if (!r.ok) throw new Error(r.status + " " + path);
  return r.json();
}

function showStat(s) { $("stat").textContent = s.line + " — " + s.counts.accepted + " accepted, " + s.counts.rejected + " rejected, " + s.counts.pending + " pending."; }

async function loadList() {
  const q = new URLSearchParams({ offset: String(state.offset) });
  for (const k of ["plan", "concept", "verdict", "location"]) { const v = $("f-" + k).value; if (v) q.set(k, v); }
  const words = $("f-text").value.trim(); if (words) q.set("q", words);
  const data = await api("/api/mentions?" + q);
  state.rows = data.rows; state.total = data.total;
  const plans = $("f-plan");
  if (plans.options.length === 1) for (const p of data.plans) plans.add(new Option(p, p));
  const body = $("list").tBodies[0]; body.textContent = "";
  data.rows.forEach((m, i) => {
    const tr = body.insertRow(); tr.dataset.id = m.id;
    // Plan, then its document and page: a plan's mentions run by document, then page as a number.
    const where = tr.insertCell(); const doc = document.createElement("span"); doc.className = "doc";
    doc.textContent = m.document.split("/").pop() + " p" + m.page; where.append(m.plan, document.createElement("br"), doc);
    for (const [text, cls] of [[m.left, "l"], [m.match, "m"], [m.right, ""], [m.verdict, "v-" + m.verdict], [m.location ?? "", ""]]) {
      const td = tr.insertCell(); td.textContent = text; if (cls) td.className = cls;
    }
    tr.addEventListener("click", () => select(i));
  });
  $("range").textContent = (data.total === 0 ? 0 : state.offset + 1) + "-" + (state.offset + data.rows.length) + " of " + data.total;
  showStat(await api("/api/stats"));
  document.body.dataset.listed = q.toString();
}

function pdfOf(m) {
  if (!state.docs.has(m.document)) state.docs.set(m.document, pdfjsLib.getDocument({ url: "/api/pdf/" + encodeURIComponent(m.id), httpHeaders: withToken, isEvalSupported: false,
    standardFontDataUrl: "/pdfjs/standard_fonts/", cMapUrl: "/pdfjs/cmaps/", wasmUrl: "/pdfjs/wasm/" }).promise);
  return state.docs.get(m.document);
}

// The page text as stp-scan extracted it: item strings in order, "\\n" after an item that ends a line. The
// mention's offsets point into exactly this text, so they locate the items, and the items' positions the boxes.
const measure = document.createElement("canvas").getContext("2d");
// Where a character offset falls inside an item: measured with a Helvetica-like font (the widths of "SOCIAL" and
// "social" differ too much for a share of characters), scaled to the item's real width.
function widthShare(item, count) {
  measure.font = "100px Helvetica, Arial, 'Liberation Sans', sans-serif";
  const whole = measure.measureText(item.str).width;
  return whole > 0 ? measure.measureText(item.str.slice(0, count)).width / whole : count / item.str.length;
}

function boxesFor(items, start, end, viewport) {
  const boxes = []; let at = 0;
  for (const item of items) {
    if (!("str" in item)) continue;
    const from = at, to = at + item.str.length; at = to + (item.hasEOL ? 1 : 0);
    if (to <= start || from >= end || item.str.length === 0) continue;
    const a = Math.max(start, from) - from, b = Math.min(end, to) - from;
    const [sx, , , sy, x, y] = item.transform;
    const w = item.width, h = item.height || Math.abs(sy) || 10;
    const x0 = x + w * widthShare(item, a), x1 = x + w * widthShare(item, b);
    const r = viewport.convertToViewportRectangle([x0, y - h * 0.25, x1, y + h * 0.95]);
    boxes.push([Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.abs(r[2] - r[0]), Math.abs(r[3] - r[1])]);
  }
  return boxes;
}

async function select(i) {
  if (i < 0 || i >= state.rows.length) return;
  state.index = i;
  const m = state.rows[i];
  for (const tr of $("list").tBodies[0].rows) tr.classList.toggle("sel", tr.dataset.id === m.id);
  // The list scrolls on its own: the selected mention stays in view as verdicts move the selection down.
  $("list").tBodies[0].rows[i].scrollIntoView({ block: "nearest" });
  $("where").textContent = m.plan + " · " + m.document + " · page " + m.page + " · " + m.term + (m.source ? " · " + m.source : "") + " · " + m.verdict + (m.note ? " · note: " + m.note : "");
  $("passage").textContent = "…" + m.left + " [" + m.match + "] " + m.right + "…";
  const pdf = await pdfOf(m);
  const page = await pdf.getPage(m.page);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = $("canvas");
  canvas.width = viewport.width; canvas.height = viewport.height;
  await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
  // Boxes stored at extraction (PDF user space); a database from before they were stored falls back to the page's
  // text items, read here with the same pdf.js.
  const stored = (m.boxes || []).map((r) => { const v = viewport.convertToViewportRectangle(r);
    return [Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.abs(v[2] - v[0]), Math.abs(v[3] - v[1])]; });
  const boxes = stored.length > 0 ? stored : boxesFor((await page.getTextContent({ disableNormalization: true })).items, m.start, m.end, viewport);
  for (const old of document.querySelectorAll(".hl")) old.remove();
  for (const [x, y, w, h] of boxes) {
    const div = document.createElement("div"); div.className = "hl";
    Object.assign(div.style, { left: x + "px", top: y + "px", width: w + "px", height: h + "px" });
    $("pagebox").appendChild(div);
  }
  document.querySelector(".hl")?.scrollIntoView({ block: "center" });
  document.body.dataset.ready = m.id;
}

async function judge(verdict, note) {
  const m = state.rows[state.index]; if (!m) return;
  const r = await api("/api/verdict", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: m.id, verdict, note }) });
  m.verdict = verdict; if (note) m.note = note;
  $("where").textContent = m.plan + " · " + m.document + " · page " + m.page + " · " + m.term + (m.source ? " · " + m.source : "") + " · " + m.verdict + (m.note ? " · note: " + m.note : "");
  const cell = $("list").tBodies[0].rows[state.index].cells[4]; cell.textContent = verdict; cell.className = "v-" + verdict;
  showStat(r.statistic);
  document.body.dataset.judged = m.id + ":" + verdict;
  if (verdict === "pending" || note) return;
  if (state.index + 1 < state.rows.length) await select(state.index + 1);
  else if (state.offset + 50 < state.total) { state.offset += 50; await loadList(); await select(0); }
}

$("accept").onclick = () => judge("accepted");
$("reject").onclick = () => judge("rejected");
$("note").onclick = () => { const m = state.rows[state.index]; const n = m && prompt("Note for " + m.id); if (n) judge(m.verdict === "disputed" ? "pending" : m.verdict, n); };
$("next").onclick = () => select(state.index + 1);
$("back").onclick = () => select(state.index - 1);
$("next-page").onclick = () => { if (state.offset + 50 < state.total) { state.offset += 50; loadList(); } };
$("prev-page").onclick = () => { if (state.offset > 0) { state.offset -= 50; loadList(); } };
for (const k of ["plan", "concept", "verdict", "location"]) $("f-" + k).onchange = () => { state.offset = 0; loadList(); };
let typing;
$("f-text").oninput = () => { clearTimeout(typing); typing = setTimeout(() => { state.offset = 0; state.index = -1; loadList(); }, 200); };
document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
  const action = { a: "accept", r: "reject", n: "note", j: "next", ArrowDown: "next", k: "back", ArrowUp: "back" }[e.key];
  if (action) { e.preventDefault(); $(action).click(); }
});
loadList().then(() => { document.body.dataset.loaded = "1"; });
</script></body></html>`;
