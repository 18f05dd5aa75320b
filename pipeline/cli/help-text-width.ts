// yargs and cliui measure text with string-width only to lay out --help and usage. Loaded with the bundle, that
// package slowed the start of every command before any work: its \p{RGI_Emoji} pattern is checked when the
// module is compiled, and it builds an Intl.Segmenter when the module is run. The bundle gets this stand-in
// instead (esbuild --alias, see the Makefile), which loads the real package the first time a help text is laid
// out. A speed trick: docs/speed.md#the-tricks.
import { createRequire } from "node:module";

type StringWidth = (text: string, options?: object) => number;
let real: StringWidth | undefined;

/** string-width's width of a text in terminal columns, from the package itself, loaded on first use. */
export default function stringWidth(text: string, options?: object): number {
  real ??= (
    createRequire(import.meta.url)("string-width") as { default: StringWidth }
  ).default;
  return real(text, options);
}
