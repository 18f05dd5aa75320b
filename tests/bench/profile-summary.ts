// Where pdf.js spends a scan's time, from the .cpuprofile files `node --cpu-prof` writes (one per thread):
// self time per category for each thread, and the functions with the most self time. See docs/speed.md.
// Usage: node dist/tests/bench/profile-summary.js DIR
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};

const WORKER_BUNDLE = join(
  PROJECT_ROOT,
  "node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs",
);

// pdf.worker.mjs is one file; its `;// ./src/core/<module>.js` lines say which source module each line is from.
const MODULES: readonly [RegExp, string][] = [
  [/^(evaluator)$/, "operator list (getOperatorList)"],
  [/^(bidi)$/, "text building (getTextContent)"],
  [
    /(font|cmap|encodings|glyphlist|unicode|charsets|cff|standard_fonts|metrics|glyf|opentype|type1|_factors|_widths)/,
    "font loading and parsing",
  ],
  [
    /(image|jbig2|jpg|jpeg|jpx|openjpeg|ccitt|arithmetic|colorspace|qcms)/,
    "image handling",
  ],
  [
    /(decode_stream|flate|predictor|lzw|run_length|ascii|brotli)/,
    "stream decompression",
  ],
  [
    /^(parser|primitives|base_stream|stream|chunked_stream|operator_list)$/,
    "content-stream parsing and lexing",
  ],
  [
    /(xref|catalog|document|pdf_manager|crypto|decrypt|calculate_|annotation|struct_tree|object_loader|name_number)/,
    "document structure (xref, objects, decryption)",
  ],
  [
    /(message_handler|worker|obj_bin_transform)/,
    "messages between pdf.js's API and its worker",
  ],
];
// Inside evaluator.js, from each of these lines on (to the next), the code is of this category.
const EVALUATOR_PARTS: readonly [RegExp, string][] = [
  [/^ {2}async buildPaintImageXObject\(/, "image handling"],
  [/^ {2}handleSMask\(/, "operator list (getOperatorList)"],
  [/^ {2}async handleSetFont\(/, "font loading and parsing"],
  [/^ {2}handleText\(/, "operator list (getOperatorList)"],
  [/^ {2}loadFont\(/, "font loading and parsing"],
  [/^ {2}buildPath\(/, "operator list (getOperatorList)"],
  [/^ {2}async getTextContent\(/, "text building (getTextContent)"],
  [/^ {2}async extractDataStructures\(/, "font loading and parsing"],
  [/^class StateManager /, "text building (getTextContent)"],
  [/^class EvaluatorPreprocessor /, "content-stream parsing and lexing"],
];

/** The category of each line of pdf.worker.mjs (1-based), as sorted boundaries. */
function workerBundleParts(): { line: number; category: string }[] {
  const parts: { line: number; category: string }[] = [];
  let inEvaluator = false;
  readFileSync(WORKER_BUNDLE, "utf8")
    .split("\n")
    .forEach((text, index) => {
      const module =
        /^;\/\/ \.\/(?:src|external)\/(?:core\/|shared\/)?(.*)\.js/.exec(
          text,
        )?.[1];
      if (module !== undefined) {
        inEvaluator = module === "evaluator";
        const category =
          MODULES.find(([pattern]) => pattern.test(module))?.[1] ??
          `other pdf.js (${module})`;
        parts.push({ line: index + 1, category });
      } else if (inEvaluator) {
        const part = EVALUATOR_PARTS.find(([pattern]) => pattern.test(text));
        if (part !== undefined)
          parts.push({ line: index + 1, category: part[1] });
      }
    });
  return parts;
}

// Start-up of each thread: Node's module loader, compiling modules, and @napi-rs/canvas, which pdf.js loads in
// Node for its DOMMatrix and Path2D stand-ins.
const START_UP =
  /^(compileSourceTextModule|compileForInternalLoader|compileFunction|dlopen)$/;

// The profiler's own nodes: time outside any JavaScript function.
const SPECIAL = new Map([
  ["(garbage collector)", "garbage collection"],
  ["(program)", "V8 outside JS ((program): parsing, compiling, runtime)"],
  ["(idle)", "idle"],
  ["(root)", "Node and built-ins"],
]);

/** The category of a function by its own name and file, or null for Node's and V8's built-ins. */
function ownCategory(
  frame: CallFrame,
  parts: readonly { line: number; category: string }[],
): string | null {
  const named = SPECIAL.get(frame.functionName);
  if (named !== undefined) return named;
  if (
    START_UP.test(frame.functionName) ||
    frame.url.includes("@napi-rs/canvas") ||
    frame.url.startsWith("node:internal/modules")
  )
    return "start-up: loading and compiling modules";
  if (frame.url.endsWith("pdf.worker.mjs")) {
    const line = frame.lineNumber + 1;
    return (
      parts.findLast((p) => p.line <= line)?.category ?? "other pdf.js (top)"
    );
  }
  if (frame.url.endsWith("pdf.mjs"))
    return "pdf.js API side (pdf.mjs: text content stream, messages)";
  if (frame.url.includes("sync-decompression") || frame.url === "node:zlib")
    return "stream decompression";
  if (frame.url.includes("/pipeline/") || frame.url.includes("/dist/"))
    return "stp-scan's own code";
  return null;
}

/** Each node's category: a built-in's is that of the nearest caller with one of its own (`set length` in pdf.js). */
function categories(
  nodes: readonly ProfileNode[],
  parts: readonly { line: number; category: string }[],
): Map<number, string> {
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frames = new Map(nodes.map((n) => [n.id, n.callFrame]));
  const category = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const known = category.get(id);
    if (known !== undefined) return known;
    const frame = frames.get(id);
    const up = parent.get(id);
    const found =
      (frame === undefined ? null : ownCategory(frame, parts)) ??
      (up === undefined ? "Node and built-ins" : categoryOf(up));
    category.set(id, found);
    return found;
  };
  for (const n of nodes) categoryOf(n.id);
  return category;
}

/** Self milliseconds per node id: each sample lasts until the next one. */
function selfMs(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + us / 1000);
  });
  return self;
}

/** One line per category (ms and share of the thread's busy time), then the top functions by self time. */
function summarise(
  file: string,
  parts: readonly { line: number; category: string }[],
): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const categoryOf = categories(profile.nodes, parts);
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of selfMs(profile)) {
    const frame = frames.get(id);
    if (frame === undefined) continue;
    const category = categoryOf.get(id) ?? "Node and built-ins";
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop() ?? ""}:${frame.lineNumber + 1}`;
    if (category !== "idle")
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const busy = [...byCategory]
    .filter(([c]) => c !== "idle")
    .reduce((sum, [, ms]) => sum + ms, 0);
  const line = ([name, ms]: [string, number]) =>
    `  ${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`;
  return [
    `${file}: ${(busy / 1000).toFixed(2)} s busy, ${((byCategory.get("idle") ?? 0) / 1000).toFixed(2)} s idle`,
    ...[...byCategory]
      .filter(([c]) => c !== "idle")
      .sort((a, b) => b[1] - a[1])
      .map(line),
    "  top functions by self time:",
    ...[...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(line),
  ].join("\n");
}

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write(
    "usage: node dist/tests/bench/profile-summary.js DIR (of .cpuprofile files)\n",
  );
  process.exit(2);
}
const parts = workerBundleParts();
for (const name of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")))
  process.stdout.write(`${summarise(join(dir, name), parts)}\n\n`);
