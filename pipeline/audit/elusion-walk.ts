import { counted } from "../plural.js";
import { readPageText, type Db } from "../store/index.js";
import { forTerminal } from "../terminal-text.js";
import { elusionOf, judgeElusion } from "./elusion.js";
import { KeyReader } from "./key-reader.js";
import { wrapLine } from "./wrap-words.js";

/** Where the walk reads its answers and writes the pages, and who answers. */
export type ElusionWalkOptions = {
  readonly auditor: string;
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WritableStream;
  /** Characters a line may take. */
  readonly width: () => number;
};

const HELP = "y yes, it discusses the concept · n no · s skip · q quit";

/**
 * `elusion judge` alone: the pages of the latest draw not yet answered, one at a time, each shown whole (its text as
 * extracted, wrapped), answered y or n (from a pipe, the rest of the line is a note) until they are done or the
 * analyst quits. Each answer is stored as it is given. Gives how many pages were answered.
 */
export async function walkElusion(
  db: Db,
  options: ElusionWalkOptions,
): Promise<number> {
  const out = (s: string) => options.output.write(forTerminal(s));
  const elusion = elusionOf(db);
  const open = (elusion?.pages ?? []).filter((p) => p.answer === null);
  if (elusion === null || open.length === 0) {
    out("no page of the latest draw waits for an answer\n");
    return 0;
  }
  const keys = new KeyReader(options.input, options.output);
  let answered = 0;
  try {
    for (const [at, p] of open.entries()) {
      const text = readPageText(db, p.document, p.page) ?? "";
      const lines = text
        .split("\n")
        .map((l) => wrapLine(l, options.width()))
        .join("\n");
      out(
        `\n--- page ${at + 1} of ${open.length} to answer (item ${p.item}): ${p.plan}, ${p.document} page ${p.page}\n${lines}\n\ndoes this page discuss the concept? ${HELP}\n`,
      );
      const answer = await keys.next();
      const key = answer?.slice(0, 1);
      if (answer === null || key === "q") break;
      if (key !== "y" && key !== "n") continue;
      const note = answer.slice(1).trim();
      const stored = judgeElusion(db, {
        target: { item: p.item },
        answer: key === "y" ? "yes" : "no",
        note: note === "" ? null : note,
        auditor: options.auditor,
      });
      if (stored.ok) answered++;
      if (key === "y")
        out(
          `a yes page: code its passage so the plan counts (stp-scan code ${p.document} ${p.page} --text "..." --concept ${elusion.draw.concept} --note ...)\n`,
        );
    }
  } finally {
    keys.close();
  }
  out(`${counted(answered, "page")} answered\n`);
  return answered;
}
