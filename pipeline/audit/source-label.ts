import type { MentionSource } from "../types.js";

/**
 * How a mention's source is shown beside its passage: "OCR, confidence 87" for OCR text, "coded by an analyst" for
 * a passage an analyst coded, null for a text layer.
 */
export function sourceLabel(m: {
  readonly source: MentionSource;
  readonly confidence: number | null;
}): string | null {
  if (m.source === "analyst") return "coded by an analyst";
  if (m.source !== "ocr") return null;
  return m.confidence === null
    ? "OCR"
    : `OCR, confidence ${Math.round(m.confidence)}`;
}
