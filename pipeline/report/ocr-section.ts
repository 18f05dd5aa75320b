import type { OcrFigures } from "../types.js";
import { escapeHtml as e } from "./escape.js";
import { counted } from "../plural.js";

/** What the report says of OCR: figures, the plans whose yes rests on it, and the documents it read. */
export type OcrReport = Omit<OcrFigures, "headlineFromText"> & {
  readonly plansRestingOnOcr: readonly {
    readonly plan: string;
    readonly headline: number;
    readonly fromText: number;
  }[];
  readonly documents: readonly {
    readonly document: string;
    readonly pagesOcr: readonly number[];
    readonly pagesPicture: readonly number[];
    readonly pagesUnreadable: readonly number[];
  }[];
  /** Pages analysts declared read (spec v2.0 point 5), one entry per decision. */
  readonly declarations: readonly {
    readonly document: string;
    readonly pages: readonly number[];
    readonly auditor: string;
    readonly declaredAt: string;
    readonly note: string;
  }[];
};

// "page 3" / "pages 3, 5": a bare "3" under a heading reads as a count of pages.
const list = (pages: readonly number[]) =>
  pages.length === 0
    ? ""
    : e(`${pages.length === 1 ? "page" : "pages"} ${pages.join(", ")}`);

/** The report's OCR section (spec v2.0); empty when OCR read nothing and no engine ran. */
export function ocrSection(o: OcrReport): string {
  if (
    o.engine === null &&
    o.pagesOcr + o.pagesPicture === 0 &&
    o.declarations.length === 0
  )
    return "";
  const reliant =
    o.plansRestingOnOcr.length === 0
      ? "<p>No plan's yes rests only on OCR: each has enough headline mentions in its text layers.</p>"
      : `<p>These plans say yes only through mentions read by OCR (fewer headline mentions in their text layers than the threshold); the number leans on OCR there:</p><ul>${o.plansRestingOnOcr.map((p) => `<li><strong>${e(p.plan)}</strong>: ${p.headline} headline mentions, ${p.fromText} from text layers</li>`).join("")}</ul>`;
  const rows = o.documents.map(
    (d) =>
      `<tr><td>${e(d.document)}</td><td>${list(d.pagesOcr)}</td><td>${list(d.pagesPicture)}</td><td>${list(d.pagesUnreadable)}</td></tr>`,
  );
  return `<section id="ocr"><h2>Pages read by OCR</h2>
<p>Pages without a text layer were read by OCR (${e(o.engine ?? "no engine")}): ${counted(o.pagesOcr, "page")} of text, ${counted(o.pagesPicture, "picture")}, ${counted(o.pagesUnreadable, "page")} unreadable. ${counted(o.mentions, "mention")} come from OCR text (${o.headlineMentions} headline); each is marked "OCR" with its confidence.</p>
${reliant}
<table><thead><tr><th>Document</th><th>Read by OCR</th><th>Pictures (no text)</th><th>Unreadable</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>
${declarationList(o.declarations)}</section>`;
}

/** Every page declaration that stands: who declared which pages read, when and why. */
function declarationList(ds: OcrReport["declarations"]): string {
  if (ds.length === 0)
    return "<p>No page has been declared read by an analyst.</p>";
  const rows = ds.map(
    (d) =>
      `<tr><td>${e(d.document)}</td><td>${list(d.pages)}</td><td>${e(d.auditor)}</td><td>${e(d.declaredAt)}</td><td>${e(d.note)}</td></tr>`,
  );
  return `<h3 id="declared-read">Pages declared read by analysts</h3>
<p>OCR could not read these pages; an analyst looked at each and declared it read (<code>stp-scan corpus accept-pages</code>), so it does not put its plan apart.</p>
<table><thead><tr><th>Document</th><th>Pages</th><th>Auditor</th><th>Declared</th><th>Note</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>`;
}
