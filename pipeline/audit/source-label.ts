/** How a mention's source is shown beside its passage: "OCR, confidence 87" for OCR text, null for a text layer. */
export function sourceLabel(m: {
  readonly source: "text" | "ocr";
  readonly confidence: number | null;
}): string | null {
  if (m.source !== "ocr") return null;
  return m.confidence === null
    ? "OCR"
    : `OCR, confidence ${Math.round(m.confidence)}`;
}
