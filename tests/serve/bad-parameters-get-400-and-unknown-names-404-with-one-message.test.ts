import { servedDemo } from "./workbench.js";

const DOC = "/api/documents/plans%2Falder-vale%2Falder-vale-stp.pdf";

describe("a parameter that cannot be used gets 400, an unknown plan, document or page 404, each with one JSON message", () => {
  const demo = servedDemo();

  /** The status and the one message of an answer (failing when the body is anything but `{"error": ...}`). */
  const refusalOf = async (path: string) => {
    const r = await demo.served().get(path);
    const body = JSON.parse(r.body) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["error"]);
    return [r.status, body["error"]];
  };

  it.each([
    [
      "/api/search",
      "q: give a query (a phrase, globs such as social valu*, or a regular expression with mode=regex)",
    ],
    [
      "/api/search?q=social&limit=abc",
      'limit: give a whole number from 1 to 1000 (not "abc")',
    ],
    [
      "/api/search?q=social&limit=1001",
      'limit: give a whole number from 1 to 1000 (not "1001")',
    ],
    [
      "/api/search?q=social&offset=-1",
      'offset: give a whole number from 0 to 9007199254740991 (not "-1")',
    ],
    [
      "/api/search?q=social&mode=fuzzy",
      'mode: one of phrase, glob, regex, exact (not "fuzzy")',
    ],
    [
      "/api/search?q=social&source=scan",
      'source: one of text, ocr (not "scan")',
    ],
    ["/api/search?q=(&mode=regex", null],
    [
      "/api/search?q=*",
      'query "*" matches every word; give one of its words a letter (e.g. "social *")',
    ],
    ["/api/search?q=social&sort=R1,X2", null],
    ["/api/search?q=social&location=margin", null],
    ["/api/search?q=social&plan=alder", null],
    ["/api/search?q=social&region=Wales", null],
    [
      "/api/statistic?threshold=0",
      'threshold: give a whole number from 1 to 1000000 (not "0")',
    ],
    ["/api/statistic?audited=yes", 'audited: give 1 or 0 (not "yes")'],
    ["/api/statistic?count_in=margin", null],
    ["/api/plans?audited=2", 'audited: give 1 or 0 (not "2")'],
    ["/api/collocates?q=value&by=chi", 'by: one of mi, llr, count (not "chi")'],
    ["/api/collocates?q=value&plan=nowhere", null],
    [
      "/api/clusters?q=value&size=2-20",
      'size "2-20": give a size or a range such as 2-4 (1 to 12 words)',
    ],
    [
      "/api/words?min_length=0",
      'min_length: give a whole number from 1 to 1000000 (not "0")',
    ],
    [
      "/api/export/plans?format=pdf",
      'format: one of csv, xlsx, json (not "pdf")',
    ],
    ["/api/bundle?count_in=margin", null],
    [`${DOC}/pages/two`, 'page: give a page number (not "two")'],
    [
      `${DOC}/pages/1?q=*`,
      'query "*" matches every word; give one of its words a letter (e.g. "social *")',
    ],
    [
      "/api/documents/plans%2F%E0%A4%A/pages/1",
      "the address has a broken %-encoding",
    ],
  ])("GET %s gets 400", async (path, message) => {
    const [status, error] = await refusalOf(path);
    expect(status).toBe(400);
    if (message === null) expect(error).toMatch(/^[^\n]{10,}$/);
    else expect(error).toBe(message);
  });

  it("an unknown name in a filter is told with the names the database holds, as the command line tells it", async () => {
    expect(await refusalOf("/api/search?q=social&plan=alder")).toEqual([
      400,
      `no plan "alder" in ${demo.db()}; its plans are: alder-vale, birch-coast, cedar-fields, dunmoor, elm-bridge, fenwick-moor`,
    ]);
    expect(await refusalOf("/api/search?q=social&region=Wales")).toEqual([
      400,
      `no region "Wales" in ${demo.db()}; its regions are: London, Midlands and East, North, South`,
    ]);
  });

  it.each([
    [
      "/api/plans/alder",
      `no plan "alder" in DB; its plans are: alder-vale, birch-coast, cedar-fields, dunmoor, elm-bridge, fenwick-moor`,
    ],
    [
      "/api/documents/plans%2Falder-vale%2Fnone.pdf/pages/1",
      'no document "plans/alder-vale/none.pdf" in the corpus',
    ],
    [
      "/api/documents/plans%2Falder-vale%2Fnone.pdf/pdf",
      'no document "plans/alder-vale/none.pdf" in the corpus',
    ],
    [
      `${DOC}/pages/4`,
      "no page 4 in plans/alder-vale/alder-vale-stp.pdf (it has pages 1-3)",
    ],
    [
      `${DOC}/pages/0`,
      "no page 0 in plans/alder-vale/alder-vale-stp.pdf (it has pages 1-3)",
    ],
    [
      "/api/documents/plans%2Fdunmoor%2Fappendix-finance.pdf/pages/1",
      "no page 1 in plans/dunmoor/appendix-finance.pdf (it has no pages that could be read)",
    ],
    [
      "/api/export/verdicts",
      'no table "verdicts": export mentions, documents, plans',
    ],
    [
      "/report/secrets.html",
      'no report "secrets.html": write one with POST /api/report',
    ],
    [
      "/report/report.html",
      'no report "report.html" yet: write one with POST /api/report',
    ],
    ["/api/nothing", "not found"],
  ])("GET %s gets 404", async (path, message) => {
    expect(await refusalOf(path)).toEqual([
      404,
      message.replace("DB", demo.db()),
    ]);
  });

  it("a page of a document is found by its path %-encoded as one segment, or with its slashes", async () => {
    const encoded = await demo
      .served()
      .json<{ text: string }>(`${DOC}/pages/2`);
    const typed = await demo
      .served()
      .json<{ text: string }>(
        "/api/documents/plans/alder-vale/alder-vale-stp.pdf/pages/2",
      );
    expect(encoded.text).toContain("Public Services (Social Value) Act");
    expect(typed).toEqual(encoded);
  });
});
