// pdf.js says what it skipped or repaired (a rebuilt cross-reference table, a content stream it gave up on, a
// missing font) through console.warn, and otherwise carries on: a page it cut short reads as a shorter page. A
// scan records those warnings with their document instead of letting them go by.

/** The warnings of the reads under way, each read's own list. */
const sinks = new Set<string[]>();
let installed = false;

const PREFIX = "Warning: ";

/** Routes pdf.js's warnings to the reads under way; anything else goes to the console as before. */
function install(): void {
  if (installed) return;
  installed = true;
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(" ");
    if (sinks.size === 0 || !text.startsWith(PREFIX)) return original(...args);
    for (const sink of sinks) sink.push(text.slice(PREFIX.length));
  };
}

/**
 * Runs `read` and gives what it resolved to with every pdf.js warning reported meanwhile. A worker reads one
 * document at a time; reads that overlap in one thread (tests) each hear the other's warnings too, which lists a
 * warning twice rather than losing one.
 */
export async function withPdfjsWarnings<T>(
  read: () => Promise<T>,
): Promise<{ readonly value: T; readonly warnings: readonly string[] }> {
  install();
  const sink: string[] = [];
  sinks.add(sink);
  try {
    return { value: await read(), warnings: sink };
  } finally {
    sinks.delete(sink);
  }
}
