const HTML: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML element content and quoted attributes: PDF text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/** A link target made from a path: each segment percent-encoded, so spaces and "#" stay part of the name. */
export function hrefOf(relativePath: string): string {
  return relativePath
    .split("/")
    .map((s) => (s === ".." || s === "." ? s : encodeURIComponent(s)))
    .join("/");
}
