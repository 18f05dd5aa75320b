import { readFileSync, renameSync } from "node:fs";
import { basename, join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";

const pictures = (html: string) =>
  [
    ...html.matchAll(
      /<img class="page-picture" src="data:image\/png;base64,([^"]+)" width="(\d+)" height="(\d+)"/g,
    ),
  ].map((m) => ({
    bytes: Buffer.from(m[1] as string, "base64"),
    width: Number(m[2]),
    height: Number(m[3]),
  }));

describe("a report e-mailed to a colleague shows each passage and says where the files were", () => {
  const corpus = join(tempDir(), "stp-2016");
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  const out = join(tempDir(), "report.html");
  expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
  const html = readFileSync(out, "utf8");
  const passages = html.match(/<li class="v-/g)?.length ?? 0;

  it("holds a small picture of the highlighted lines of every evidence passage", () => {
    expect(passages).toBe(5);
    const all = pictures(html);
    expect(all).toHaveLength(passages);
    for (const p of all) {
      expect(p.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(p.bytes.readUInt32BE(16)).toBe(p.width);
      expect(p.height).toBeGreaterThan(20);
      expect(p.height).toBeLessThan(120);
      expect(p.bytes.length).toBeLessThan(40_000);
    }
  });

  it("cites each passage by its path in the corpus and page, and keeps the link to the PDF as an extra", () => {
    expect(html).toContain("plans/alder-vale/alder-vale-stp.pdf, page 2 · ");
    expect(html).toMatch(
      /<a href="[^"]*plans\/alder-vale\/alder-vale-stp\.pdf#page=2"[^>]*>open the PDF<\/a>/,
    );
  });

  it("names the corpus by its folder and prints no path of this machine", () => {
    expect(html).toContain("of the corpus folder <code>stp-2016</code>");
    expect(html).toContain("Lexicon <code>stp-2016/lexicon.csv</code>");
    expect(html).not.toContain(corpus);
    expect(html).not.toContain(db);
  });

  it("without the PDFs, shows each passage's text and says why there is no picture", () => {
    renameSync(corpus, `${corpus}-moved`);
    const again = join(tempDir(), "report.html");
    expect(runCli(["report", "--db", db, "--out", again]).status).toBe(0);
    const text = readFileSync(again, "utf8");
    expect(pictures(text)).toEqual([]);
    expect(text.match(/<mark>/g)).toHaveLength(passages);
    expect(text).toContain(
      `<p class="no-picture">No picture of the page: the PDF was not found where the scan read it (plans/alder-vale/alder-vale-stp.pdf in the corpus ${basename(corpus)}).</p>`,
    );
  });
});
