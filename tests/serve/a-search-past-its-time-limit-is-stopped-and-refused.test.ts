import { scanDemoCorpus, serveWorkbench } from "./workbench.js";

describe("a search still finding places at its time limit is stopped: 503 without Retry-After (a retry would not help)", () => {
  let db = "";
  beforeAll(() => {
    db = scanDemoCorpus().db;
  }, 300_000);

  it.each([
    "/api/search?q=social%20value",
    "/api/search/dispersion?q=social%20value",
    "/api/search/export?q=social%20value&format=csv",
  ])(
    "GET %s past the limit gets 503 and one message; within it, 200",
    async (path) => {
      // A limit already past: the search stops after the first document it reads.
      const stopped = await serveWorkbench(db, { searchSeconds: -1 });
      const timely = await serveWorkbench(db);
      try {
        const late = await stopped.get(path);
        expect([
          late.status,
          late.body,
          late.headers.get("retry-after"),
        ]).toEqual([
          503,
          '{"error":"the search ran past its time limit (-1 s) and was stopped; narrow it (plan=, concept=, location=, a longer phrase) or run stp-scan search"}',
          null,
        ]);
        expect((await timely.get(path)).status).toBe(200);
      } finally {
        await stopped.close();
        await timely.close();
      }
    },
  );
});
