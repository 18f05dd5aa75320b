import { servedDemo } from "./workbench.js";

/** A GET of every route of the workbench's API (the read side). */
const ROUTES = [
  "/api/statistic",
  "/api/plans",
  "/api/plans/alder-vale",
  "/api/documents/plans%2Falder-vale%2Falder-vale-stp.pdf/pages/1",
  "/api/documents/plans%2Falder-vale%2Falder-vale-stp.pdf/pdf",
  "/api/search?q=social%20valu*&mode=glob",
  "/api/search/dispersion?q=social%20value",
  "/api/search/export?q=social%20value&format=csv",
  "/api/collocates?q=social%20value",
  "/api/words",
  "/api/clusters?q=social%20value",
  "/api/export/plans?format=csv",
  "/api/bundle",
];

describe("a script sends the token serve prints as Authorization: Bearer; without it every route is refused", () => {
  const demo = servedDemo();

  it("every route answers a Bearer token (and X-STP-Token, as the app sends it)", async () => {
    const statuses = [];
    for (const path of ROUTES) {
      statuses.push((await demo.served().get(path)).status);
      statuses.push(
        (await demo.served().get(path, { "x-stp-token": demo.served().token }))
          .status,
      );
    }
    expect(statuses).toEqual(ROUTES.flatMap(() => [200, 200]));
  });

  it.each([
    ["no token", {}],
    ["a wrong Bearer token", { authorization: "Bearer 0123456789abcdef" }],
    ["the token in another scheme", { authorization: "Basic TOKEN" }],
    ["the token as a cookie", { cookie: "token=TOKEN; stp-token=TOKEN" }],
  ])(
    "with %s every route gets 403 and one JSON error",
    async (_what, given: Record<string, string>) => {
      const headers = Object.fromEntries(
        Object.entries(given).map(([k, v]) => [
          k,
          v.replaceAll("TOKEN", demo.served().token),
        ]),
      );
      const answers = [];
      for (const path of ROUTES) {
        const r = await demo.served().get(path, headers);
        answers.push([r.status, r.body]);
      }
      expect(answers).toEqual(
        ROUTES.map(() => [403, '{"error":"missing or wrong token"}']),
      );
    },
  );

  it("POST /api/report takes the Bearer token with this origin, and refuses it without one or from another", async () => {
    const bearer = { authorization: `Bearer ${demo.served().token}` };
    const post = async (headers: Record<string, string>) => {
      const r = await demo.served().post("/api/report", "{}", headers);
      return [r.status, r.body];
    };
    expect([
      await post({ ...bearer, origin: demo.served().base }),
      await post(bearer),
      await post({ ...bearer, origin: "http://127.0.0.1:1" }),
      await post({ origin: demo.served().base }),
    ]).toEqual([
      [200, '{"url":"/report/report.html"}'],
      [403, '{"error":"request without origin"}'],
      [403, '{"error":"cross-origin request"}'],
      [403, '{"error":"missing or wrong token"}'],
    ]);
  });
});
