// locate/: takes a document's stored pages (text as extracted and, when known, its text boxes: positions and font
// sizes) and gives where each line, and so each mention, stands: heading, body, list, table, footnote,
// caption, contents, running (header or footer) or references. Never reads a PDF: a database from before works
// the same. Pure: store/locations.ts reads the pages and writes the locations.
export {
  LOCATIONS,
  LOCATE_VERSION,
  isLocation,
  inLocations,
  parseLocations,
} from "./locations.js";
export {
  locateLines,
  locateMentions,
  locateMentionsInLayout,
  documentLayout,
  type DocumentLayout,
  type MentionPlace,
} from "./locate-document.js";
export { pageLines, type Line, type LocatePage } from "./lines.js";
export { runningKey } from "./running.js";
export { boilerplateSpans } from "./boilerplate-spans.js";
