// What analysts declared about the corpus, kept append-only: pages declared read (`corpus accept-pages`) and
// documents declared duplicates of others (`corpus declare-duplicate`), and the declarations that stand.
export {
  appendPageDeclarations,
  readStandingDeclarations,
  type PageDeclaration,
} from "./page-declarations.js";
export {
  appendDuplicateDeclaration,
  readStandingDuplicateDeclarations,
  type DuplicateDeclaration,
} from "./duplicate-declarations.js";
