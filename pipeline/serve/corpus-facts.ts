import { pageClasses, type PageClass } from "../quality/index.js";
import {
  bundleTables,
  readDocuments,
  readPlanFacts,
  type Db,
  type DocumentRow,
} from "../store/index.js";
import type { AnswerCache } from "./answer-cache.js";

/** What the routes look up of the corpus: its documents, each page's class, each plan's region. */
export type CorpusFacts = {
  /** Every document still in the corpus, in manifest order (the rows of `export documents`). */
  readonly documents: readonly DocumentRow[];
  /** A document by its path in the corpus. */
  readonly document: (path: string) => DocumentRow | undefined;
  /** The class of each page of a document (page n at index n - 1). */
  readonly classesOf: (path: string) => readonly PageClass[];
  /** Plans in the corpus by id, with their region. */
  readonly regions: ReadonlyMap<string, string>;
};

function readCorpusFacts(db: Db): CorpusFacts {
  const documents = readDocuments(db);
  const sources = bundleTables.readPageClasses(db);
  const byPath = new Map(documents.map((d) => [d.document, d]));
  const classes = new Map(
    documents.map((d) => [
      d.document,
      pageClasses(d, d.sha256 === null ? undefined : sources?.get(d.sha256)),
    ]),
  );
  return {
    documents,
    document: (path) => byPath.get(path),
    classesOf: (path) => classes.get(path) ?? [],
    regions: new Map(readPlanFacts(db).map((p) => [p.plan, p.region])),
  };
}

/** The facts of the corpus as it is now, read again when another program changed the database. */
export const corpusFacts = (db: Db, answers: AnswerCache): CorpusFacts =>
  answers.get("corpus facts", () => readCorpusFacts(db));

/** "ocr" for a page read by OCR (as text or as a picture), else "text": a mention's `source`, for any page. */
export const sourceOfClass = (pageClass: PageClass | undefined) =>
  pageClass === "ocr" || pageClass === "picture" ? "ocr" : "text";
