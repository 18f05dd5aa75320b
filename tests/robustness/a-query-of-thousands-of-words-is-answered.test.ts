import { join } from "node:path";
import { compileQuery } from "../../pipeline/explore/index.js";
import { searchCorpus } from "../../pipeline/explore/store/index.js";
import { openDatabase } from "../../pipeline/store/index.js";
import { tempDir } from "../helpers.js";
import { writeSyntheticDatabase } from "./synthetic-database.js";

/** The `i`th word of a made-up vocabulary of letters only ("ab", "ac", ...), so no two share a stem. */
const word = (i: number) =>
  "q" +
  [...i.toString(26).padStart(4, "0")]
    .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
    .join("");

const words = (count: number) =>
  Array.from({ length: count }, (_, i) => word(i));

describe("a query of thousands of words is answered, not a stack of SQLite's", () => {
  const file = join(tempDir(), "long-query.sqlite");
  beforeAll(() =>
    writeSyntheticDatabase(file, {
      plans: 2,
      documentsPerPlan: 1,
      pagesPerDocument: 2,
      // The first page holds the 5,000 words in order; the others hold a few of them only.
      pageText: (i) =>
        i === 0 ? words(5000).join(" ") : `${word(0)} ${word(1)} and more`,
    }),
  );

  it.each([1000, 5000])(
    "a %i-word query finds the one page holding it",
    (count) => {
      const compiled = compileQuery(words(count).join(" "));
      if (!compiled.ok) throw new Error(compiled.problem.reason);
      const db = openDatabase(file, { mustExist: true });
      try {
        const places = searchCorpus(db, compiled.value, {});
        expect(places.map((p) => [p.document, p.page])).toEqual([
          ["plans/p0/d0.pdf", 1],
        ]);
      } finally {
        db.close();
      }
    },
  );
});
