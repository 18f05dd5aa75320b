import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../../pipeline/corpus/index.js";
import {
  appendManifestText,
  type ManifestEntry,
} from "../../pipeline/corpus/manifest-text.js";
import { appendManifest } from "../../pipeline/corpus/write-manifest.js";
import { tempDir } from "../helpers.js";

const entry: ManifestEntry = {
  plan_id: "alder-vale",
  plan_name: "Alder, Vale",
  region: "North",
  document_role: "appendix",
  path: "plans/alder-vale/stp-final.pdf",
  bytes: "1200",
  sha256: "a".repeat(64),
};

function appendTo(text: string, entries: ManifestEntry[] = [entry]): string {
  const result = appendManifestText(text, entries);
  if (!result.ok) throw new Error(result.problem.reason);
  return result.value.text;
}

describe("a manifest row is appended without touching a byte of what was there", () => {
  it("a spreadsheet's manifest (BOM, CRLF, quoted fields, extra columns) keeps its bytes, columns and line ends", () => {
    const before =
      '\uFEFFplan_id,path,plan_name,notes,region\r\nb,plans/b/x.pdf,"Birch, Coast","said ""hi""",South\r\n';
    const after = appendTo(before);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      'alder-vale,plans/alder-vale/stp-final.pdf,"Alder, Vale",,North\r\n',
    );
  });

  it("a manifest without a final line end gets one before the new row", () => {
    expect(appendTo("plan_id,path\nb,plans/b/x.pdf")).toBe(
      "plan_id,path\nb,plans/b/x.pdf\nalder-vale,plans/alder-vale/stp-final.pdf\n",
    );
  });

  it("a manifest with a 'role' column gets the role there", () => {
    expect(appendTo("plan_id,path,role\n")).toBe(
      "plan_id,path,role\nalder-vale,plans/alder-vale/stp-final.pdf,appendix\n",
    );
  });

  it("values the manifest has no column for are named, and a title goes in a title column", () => {
    const result = appendManifestText("plan_id,path,title\n", [
      { ...entry, title: 'A "new" plan\nv2' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'plan_id,path,title\nalder-vale,plans/alder-vale/stp-final.pdf,"A ""new"" plan\nv2"\n',
        unplaced: ["plan_name", "region", "document_role", "bytes", "sha256"],
      },
    });
  });

  it("an empty manifest becomes one with the README's columns", () => {
    expect(appendTo("")).toBe(
      'plan_id,plan_name,region,document_role,path,bytes,sha256\nalder-vale,"Alder, Vale",North,appendix,plans/alder-vale/stp-final.pdf,1200,' +
        `${"a".repeat(64)}\n`,
    );
  });

  it("a manifest without a path column is refused, as its new row could not be read back", () => {
    expect(appendManifestText("plan_id,file\n", [entry])).toEqual({
      ok: false,
      problem: {
        reason: 'it has no "path" column, so a new row could not be read back',
      },
    });
  });

  it("the appended row reads back with readManifest, and no temporary file is left", () => {
    const root = tempDir();
    const before =
      '\uFEFFplan_id,plan_name,region,document_role,path,bytes,sha256,extra\r\nb,"Birch, Coast",South,plan,plans/b/x.pdf,1,,"q"';
    writeFileSync(join(root, "manifest.csv"), before);
    appendManifest(root, [entry]);
    expect(
      readFileSync(join(root, "manifest.csv"), "utf8").startsWith(before),
    ).toBe(true);
    const manifest = readManifest(root);
    expect(manifest?.warnings).toEqual([]);
    expect(
      manifest?.rows.map((r) => [
        r.planId,
        r.planName,
        r.region,
        r.role,
        r.path,
        r.sha256,
        r.line,
      ]),
    ).toEqual([
      ["b", "Birch, Coast", "South", "plan", "plans/b/x.pdf", null, 2],
      [
        "alder-vale",
        "Alder, Vale",
        "North",
        "appendix",
        "plans/alder-vale/stp-final.pdf",
        "a".repeat(64),
        3,
      ],
    ]);
    expect(readdirSync(root)).toEqual(["manifest.csv"]);
  });

  it("a corpus without a manifest gets one", () => {
    const root = tempDir();
    appendManifest(root, [entry]);
    expect(existsSync(join(root, "manifest.csv"))).toBe(true);
    expect(readManifest(root)?.rows.map((r) => r.path)).toEqual([entry.path]);
  });
});
