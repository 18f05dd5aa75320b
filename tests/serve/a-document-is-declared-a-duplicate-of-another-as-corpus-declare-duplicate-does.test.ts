import { jsonOf, servedDemo, type Answer } from "./workbench.js";
import type { DuplicateDeclarationsJson } from "../../pipeline/serve/api-types.js";

const refusalOf = (a: Answer) => jsonOf<{ error: string }>(a).error;

describe("POST /api/duplicate-declarations declares a document a duplicate, as corpus declare-duplicate", () => {
  const demo = servedDemo();
  const summary = "plans/cedar-fields/executive-summary.pdf";
  const plan = "plans/cedar-fields/cedar-fields-stp.pdf";
  const post = (body: object) =>
    demo.served().post("/api/duplicate-declarations", JSON.stringify(body));

  it("declares it (its standing changes), refuses without a note or with an unknown document, and withdraws it", async () => {
    const noNote = await post({ document: summary, of: plan, note: "" });
    expect([noNote.status, refusalOf(noNote)]).toEqual([
      400,
      `${summary}: the note must say why it repeats the other document`,
    ]);
    const unknown = await post({
      document: summary,
      of: "plans/x.pdf",
      note: "x",
    });
    expect(refusalOf(unknown)).toMatch(
      /^plans\/cedar-fields\/executive-summary\.pdf: of plans\/x\.pdf is no document/,
    );
    expect((await post({ document: summary, note: "x", of: 3 })).status).toBe(
      400,
    );

    const declared = await post({
      document: summary,
      of: plan,
      note: "the summary repeats the plan",
    });
    expect(declared.status).toBe(200);
    expect(jsonOf<DuplicateDeclarationsJson>(declared)).toEqual({
      document: summary,
      of: plan,
      withdrawn: false,
      changed: [summary],
    });
    const withdrawn = await post({
      document: summary,
      note: "it does not",
      undo: true,
    });
    expect(jsonOf<DuplicateDeclarationsJson>(withdrawn)).toMatchObject({
      withdrawn: true,
      changed: [summary],
    });
  });
});
