// Beyond the words (spec v2.1 points 4 and 5), kept append-only: passages analysts coded (`stp-scan code`), which
// stand as mentions with source `analyst`, and the elusion sample (`stp-scan elusion`): draws, their pages and the
// answers given to them.
export {
  appendCodedPassage,
  readCodedPassage,
  readPassagesOnChangedFiles,
  readStandingPassages,
  type CodedPassage,
  type NewCodedPassage,
} from "./coded-passages.js";
export {
  appendJudgement,
  readDrawItems,
  readDraws,
  readJudgements,
  readLatestDraw,
  readTextPages,
  saveDraw,
  type ElusionDraw,
  type ElusionItem,
  type ElusionJudgement,
  type FramePage,
} from "./elusion.js";
