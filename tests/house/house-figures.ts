// `make house`: the figures that say how the code is shaped (the house issue's figures), printed as a table so a
// reshaping can be compared before and after: cli/'s share of pipeline/'s lines, the longest functions, the names
// store/index.ts exports, import cycles between and inside folders, result shapes, error classes the shell does
// not print as one line, and comments that quote measurements.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../../pipeline/paths.js";

const PIPELINE = join(PROJECT_ROOT, "pipeline");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = sourceFiles(PIPELINE);
const parsed = new Map(
  files.map((f) => [
    f,
    ts.createSourceFile(
      f,
      readFileSync(f, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    ),
  ]),
);
const codeLines = (f: string) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "").length;
/** The folder of a file under pipeline/ ("" for the files at its top). */
const folderOf = (f: string) => {
  const rel = relative(PIPELINE, f).split("/");
  return rel.length > 1 ? (rel[0] as string) : "";
};

/** Functions (declarations, methods, arrows bound to a name) with their length in lines. */
function functionLengths(): { name: string; file: string; lines: number }[] {
  const found: { name: string; file: string; lines: number }[] = [];
  for (const [file, sf] of parsed) {
    const visit = (node: ts.Node) => {
      const named =
        ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
          ? node.name?.getText(sf)
          : ts.isVariableDeclaration(node) &&
              node.initializer !== undefined &&
              (ts.isArrowFunction(node.initializer) ||
                ts.isFunctionExpression(node.initializer))
            ? node.name.getText(sf)
            : undefined;
      if (named !== undefined) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        found.push({
          name: named,
          file: relative(PROJECT_ROOT, file),
          lines: end - start + 1,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found.sort((a, b) => b.lines - a.lines);
}

/** Each file's relative imports, resolved to files. */
function importsOf(file: string): string[] {
  const sf = parsed.get(file) as ts.SourceFile;
  const out: string[] = [];
  sf.forEachChild((node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text.startsWith(".")
    ) {
      const target = resolve(
        dirname(file),
        node.moduleSpecifier.text.replace(/\.js$/, ".ts"),
      );
      if (parsed.has(target)) out.push(target);
    }
  });
  return out;
}

/** Strongly connected components of more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w))
        low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) connect(v);
  return found;
}

const fileGraph = new Map(files.map((f) => [f, new Set(importsOf(f))]));
const folderGraph = new Map<string, Set<string>>();
for (const [f, targets] of fileGraph)
  for (const t of targets) {
    const [a, b] = [folderOf(f), folderOf(t)];
    if (a === b || a === "" || b === "") continue;
    if (!folderGraph.has(a)) folderGraph.set(a, new Set());
    folderGraph.get(a)?.add(b);
  }
const insideCycles = cycles(fileGraph).filter(
  (c) => new Set(c.map(folderOf)).size === 1,
);

const all = files.reduce((n, f) => n + codeLines(f), 0);
const cli = files
  .filter((f) => folderOf(f) === "cli")
  .reduce((n, f) => n + codeLines(f), 0);
const lengths = functionLengths();
/** The names a module exports (a namespace, `export * as x from`, is one name; `groups`: each with its own). */
function exportsOf(file: string): {
  names: number;
  groups: [string, number][];
} {
  const sf = parsed.get(file);
  if (sf === undefined) return { names: 0, groups: [] };
  let names = 0;
  const groups: [string, number][] = [];
  sf.forEachChild((node) => {
    // A module of its own (not a list of what others export): each name it declares with `export`.
    const exported = ts.canHaveModifiers(node)
      ? ts
          .getModifiers(node)
          ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported)
      names += ts.isVariableStatement(node)
        ? node.declarationList.declarations.length
        : 1;
    if (!ts.isExportDeclaration(node) || node.exportClause === undefined)
      return;
    names += ts.isNamedExports(node.exportClause)
      ? node.exportClause.elements.length
      : 1;
    if (
      ts.isNamespaceExport(node.exportClause) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const target = resolve(
        dirname(file),
        node.moduleSpecifier.text.replace(/\.js$/, ".ts"),
      );
      groups.push([node.exportClause.name.text, exportsOf(target).names]);
    }
  });
  return { names, groups };
}
const storeExports = exportsOf(join(PIPELINE, "store", "index.ts"));

// The Result type itself (types.ts) and its builders (problem.ts) are the one shape, not an ad hoc one.
const RESULT_HOME = new Set(
  ["types.ts", "problem.ts"].map((f) => join(PIPELINE, f)),
);
const okFalseShapes = files.filter(
  (f) => !RESULT_HOME.has(f) && /ok:\s*false/.test(readFileSync(f, "utf8")),
).length;
const fatal = readFileSync(join(PIPELINE, "cli", "fatal.ts"), "utf8");
const errorClasses = files.flatMap((f) =>
  [
    ...readFileSync(f, "utf8").matchAll(/class (\w+) extends (\w*Error)\b/g),
  ].map((m) => ({ name: m[1] as string, base: m[2] as string })),
);
// One the shell prints as one line is named in cli/fatal.ts, or extends one that is (at any remove).
const baseOf = new Map(errorClasses.map((c) => [c.name, c.base]));
const known = (name: string): boolean =>
  name !== "Error" &&
  (new RegExp(`\\b${name}\\b`).test(fatal) ||
    (baseOf.has(name) && known(baseOf.get(name) as string)));
const unprinted = errorClasses.filter((c) => !known(c.name)).map((c) => c.name);
const measured = files.flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => /^\s*(\/\/|\*)/.test(l))
    .filter((l) =>
      /\b\d+(?:\.\d+)?\s?(?:ms|s|MB|GB|KB|%|x)\b(?!-)/.test(
        l.replace(/`[^`]*`/g, ""),
      ),
    )
    .map(() => relative(PROJECT_ROOT, f)),
);

const rows: [string, string][] = [
  [
    "cli/ share of pipeline/ lines",
    `${((cli / all) * 100).toFixed(1)}% (${cli} of ${all})`,
  ],
  [
    "longest function",
    `${lengths[0]?.name} (${lengths[0]?.file}), ${lengths[0]?.lines} lines`,
  ],
  [
    "functions over 60 lines",
    String(lengths.filter((l) => l.lines > 60).length),
  ],
  [
    "names exported by store/index.ts",
    `${storeExports.names}${
      storeExports.groups.length === 0
        ? ""
        : ` (${storeExports.groups.length} of them groups: ${storeExports.groups
            .map(([name, n]) => `${name} ${n}`)
            .join(", ")})`
    }`,
  ],
  [
    "import cycles between folders",
    `${cycles(folderGraph).length}${cycles(folderGraph)
      .map((c) => ` [${c.join(" <-> ")}]`)
      .join("")}`,
  ],
  ["import cycles inside a folder", String(insideCycles.length)],
  ["files with an ad hoc { ok: false } result", String(okFalseShapes)],
  [
    "error classes the shell does not print as one line",
    `${unprinted.length}${unprinted.length > 0 ? ` (${unprinted.join(", ")})` : ""}`,
  ],
  ["comment lines quoting a measurement", String(measured.length)],
];
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(
  `${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n`,
);
