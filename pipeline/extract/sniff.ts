import type { DocProblem } from "../types.js";

/**
 * Statuses a document gets from its bytes alone, before any parser sees it: `empty` for zero bytes, `not-pdf`
 * when no "%PDF-" header is in the first KiB (the PDF spec lets junk precede it; pdf.js looks that far too).
 */
export function sniffBytes(bytes: Uint8Array, file: string): DocProblem | null {
  if (bytes.length === 0)
    return {
      file,
      status: "empty",
      reason: "the file is empty (0 bytes)",
    };
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) {
    const kind = describeSignature(head);
    return {
      file,
      status: "not-pdf",
      reason: `not a PDF (no %PDF- header${kind ? `; looks like ${kind}` : ""})`,
    };
  }
  return null;
}

/** A hint at what a misnamed file really is, so the analyst knows where to look. */
function describeSignature(head: string): string | null {
  if (head.startsWith("PK\u0003\u0004")) return "a ZIP or Office document";
  if (/^\s*<(!doctype html|html)/i.test(head))
    return "an HTML page (a download error page?)";
  if (head.startsWith("\u00D0\u00CF\u0011\u00E0"))
    return "an old Office document";
  if (head.startsWith("\u0089PNG") || head.startsWith("\u00FF\u00D8\u00FF"))
    return "an image";
  if (/^[\x09\x0A\x0D\x20-\x7E]*$/.test(head.slice(0, 200)))
    return "plain text";
  return null;
}
