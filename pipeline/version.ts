import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** stp-scan's own version, from package.json. */
export const TOOL_VERSION: string = (
  require("../../package.json") as { version: string }
).version;
/** natural's version, stored with each scan run (the stemmer decides what matches). */
export const NATURAL_VERSION: string = (
  require("natural/package.json") as { version: string }
).version;
