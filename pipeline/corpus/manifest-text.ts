import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** The columns of a manifest that `add` creates (the layout of the README). */
export const MANIFEST_COLUMNS = [
  "plan_id",
  "plan_name",
  "region",
  "document_role",
  "path",
  "bytes",
  "sha256",
] as const;

/** Values of one new manifest row, by column name; `title` is written only where the manifest has that column. */
export type ManifestEntry = {
  readonly plan_id: string;
  readonly plan_name: string;
  readonly region: string;
  readonly document_role: string;
  readonly path: string;
  readonly bytes: string;
  readonly sha256: string;
  readonly title?: string;
};

/** The manifest text with the rows appended, and the values it has no column for (so the caller can say so). */
export type ManifestAppend = {
  readonly text: string;
  readonly unplaced: readonly string[];
};

/** Header cells of a manifest's text as readCsv sees them: BOM gone, trimmed, lower case. Throws on bad CSV. */
export function manifestHeader(text: string): string[] {
  const records: string[][] = parse(text, {
    bom: true,
    to: 1,
    relax_column_count: true,
    relax_quotes: true,
  });
  const [first] = records;
  return (first ?? []).map((h) => h.trim().toLowerCase());
}

/**
 * Appends rows to a manifest's text without touching a byte of what is there: the new rows follow the
 * existing column order (extra columns stay empty), use the file's own line ends (a spreadsheet writes CRLF),
 * and are quoted by csv-stringify where a value needs it. A file without a final line end gets one first, or
 * the new row would be glued to the last. An empty text becomes a new manifest with the README's columns.
 */
export function appendManifestText(
  text: string,
  entries: readonly ManifestEntry[],
): Result<ManifestAppend> {
  const isNew = text.replace(/^\uFEFF/, "").trim() === "";
  let header: string[];
  try {
    header = isNew ? [...MANIFEST_COLUMNS] : manifestHeader(text);
  } catch (error) {
    return fail({
      reason: `its header is not readable as CSV (${(error as Error).message})`,
      cause: error,
    });
  }
  for (const column of ["plan_id", "path"]) {
    if (!header.includes(column))
      return fail({
        reason: `it has no "${column}" column, so a new row could not be read back`,
      });
  }
  const firstBreak = text.indexOf("\n");
  const crlf = firstBreak > 0 && text[firstBreak - 1] === "\r";
  const eol = crlf ? "\r\n" : "\n";
  // A manifest that says "role" rather than "document_role" gets the role there (readManifest reads both).
  const roleColumn = header.includes("document_role")
    ? "document_role"
    : "role";
  const valueFor = (entry: ManifestEntry, column: string): string => {
    if (column === roleColumn || column === "document_role")
      return entry.document_role;
    const value = (entry as Readonly<Record<string, string | undefined>>)[
      column
    ];
    return value ?? "";
  };
  const isPlaced = (key: string) =>
    header.includes(key === "document_role" ? roleColumn : key);
  const unplaced = [
    ...new Set(
      entries.flatMap((e) =>
        Object.keys(e).filter((k) => !isPlaced(k) && valueFor(e, k) !== ""),
      ),
    ),
  ];
  const body = stringify(
    entries.map((e) => header.map((c) => valueFor(e, c))),
    { record_delimiter: crlf ? "windows" : "unix", quoted_match: /[\r\n]/ },
  );
  const start = isNew
    ? `${MANIFEST_COLUMNS.join(",")}\n`
    : text.endsWith("\n")
      ? text
      : `${text}${eol}`;
  return ok({ text: `${start}${body}`, unplaced });
}
