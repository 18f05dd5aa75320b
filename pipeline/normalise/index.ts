// normalise/: takes a page's raw text and gives its normalised text with offsets back into the raw text
// (spec §Normalisation), and its tokens. Pure.
export type { Normalised } from "./builder.js";
export type { HyphenReading } from "./line-end-hyphen.js";
export type { Token } from "./tokenise.js";
export {
  eachReading,
  normalise,
  normaliseReadings,
  readableText,
} from "./normalise.js";
export { tokenise } from "./tokenise.js";
export { findText, wholeWordsSpan } from "./find-text.js";
export { isWhitespace } from "./char-classes.js";
