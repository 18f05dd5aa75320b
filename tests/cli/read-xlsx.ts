import { unzipFiles } from "../../pipeline/bundle/zip.js";

/** One cell of a sheet as the file types it: `n` number, `b` boolean, `s` text (shared or inline). */
export type XlsxCell = {
  readonly type: "n" | "b" | "s";
  readonly value: string | number | boolean;
};

/** A sheet read back from the xlsx XML: its name, rows of cells by column letter, and whether row 1 is frozen. */
export type XlsxSheet = {
  readonly name: string;
  readonly rows: readonly Readonly<Record<string, XlsxCell>>[];
  readonly headerFrozen: boolean;
};

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) =>
      String.fromCodePoint(parseInt(n, 16)),
    )
    .replace(/&amp;/g, "&");

/** The text of every <t> inside `xml`, joined (a rich-text string has several runs). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");

/**
 * Reads an xlsx file the way a spreadsheet does, without the library that wrote it: unzips it and parses the
 * workbook, shared strings and sheet XML, so a test sees the cell types a spreadsheet would see.
 */
export async function readXlsx(file: string): Promise<XlsxSheet[]> {
  const files = await unzipFiles(file, (name) => name.startsWith("xl/"));
  const shared = [
    ...(files.get("xl/sharedStrings.xml") ?? "").matchAll(
      /<si>([\s\S]*?)<\/si>/g,
    ),
  ].map((m) => textOf(m[1] ?? ""));
  const names = [
    ...(files.get("xl/workbook.xml") ?? "").matchAll(
      /<sheet [^>]*name="([^"]*)"/g,
    ),
  ].map((m) => unescapeXml(m[1] ?? ""));
  return names.map((name, i) => {
    const xml = files.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "";
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
      Object.fromEntries(
        [
          ...(row[1] ?? "").matchAll(
            /<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
          ),
        ].map((c) => {
          const type = /t="(\w+)"/.exec(c[2] ?? "")?.[1] ?? "n";
          const body = c[3] ?? "";
          const v = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? "");
          const cell: XlsxCell =
            type === "s"
              ? { type: "s", value: shared[Number(v)] ?? "" }
              : type === "inlineStr" || type === "str"
                ? { type: "s", value: textOf(body) || v }
                : type === "b"
                  ? { type: "b", value: v === "1" }
                  : { type: "n", value: Number(v) };
          return [c[1] ?? "", cell];
        }),
      ),
    );
    const headerFrozen =
      /<pane [^>]*ySplit="1"[^>]*state="frozen"/.test(xml) ||
      /<pane [^>]*state="frozen"[^>]*ySplit="1"/.test(xml);
    return { name, rows, headerFrozen };
  });
}

/** A sheet's rows as objects keyed by its header row's text. */
export function rowsByHeader(
  sheet: XlsxSheet,
): Record<string, XlsxCell | undefined>[] {
  const [head, ...body] = sheet.rows;
  const columns = Object.entries(head ?? {}).map(
    ([letter, cell]) => [letter, String(cell.value)] as const,
  );
  return body.map((row) =>
    Object.fromEntries(columns.map(([letter, name]) => [name, row[letter]])),
  );
}
