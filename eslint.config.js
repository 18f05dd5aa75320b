import globals from "globals";
import tseslint from "typescript-eslint";

// Pure stages (STYLE §2) take values and return values: no files, no database, no PDF parser.
const IMPURE = [
  {
    name: "node:fs",
    message:
      "pure stage: pass data in, do IO in the shell (scan.ts, cli/, store/)",
  },
  { name: "fs", message: "pure stage: pass data in" },
  {
    name: "better-sqlite3",
    message: "pure stage: only store/ talks to SQLite",
  },
  {
    name: "pdfjs-dist/legacy/build/pdf.mjs",
    message: "pure stage: only extract/ uses pdf.js",
  },
  {
    name: "node:child_process",
    message: "pure stage: processes run in the shell (ocr/run-process.ts)",
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "output/",
      "corpus/",
      "*.config.js",
      "jest-summary-reporter.js",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A lost await ends a run early and silently drops documents.
      "@typescript-eslint/no-floating-promises": "error",
      // A new DocStatus must reach every switch over it.
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowNullish: true },
      ],
    },
  },
  {
    files: ["pipeline/**"],
    ignores: ["pipeline/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/cli/*"], message: "nothing imports cli/" }],
        },
      ],
    },
  },
  // After the block above: a later block's options for the same rule replace the earlier ones, so the pure
  // folders repeat "nothing imports cli/" beside their own bans (placed first, the bans were silently dropped).
  {
    files: [
      "pipeline/normalise/**",
      "pipeline/stats/**",
      "pipeline/match/*.ts",
      "pipeline/quality/**",
      // explore/store/ is the stage's shell: it reads the database for the pure files beside it.
      "pipeline/explore/*.ts",
      "pipeline/locate/**",
      "pipeline/ocr/*.ts",
      "pipeline/bundle/contents.ts",
      "pipeline/bundle/files.ts",
      "pipeline/bundle/compare.ts",
      "pipeline/bundle/compare-beyond.ts",
      "pipeline/bundle/readme.ts",
    ],
    ignores: [
      "pipeline/match/lexicon-file.ts",
      // The OCR shell: child processes (pdftoppm, tesseract).
      "pipeline/ocr/index.ts",
      "pipeline/ocr/run-process.ts",
      "pipeline/ocr/engine.ts",
      "pipeline/ocr/read-page-image.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: IMPURE,
          patterns: [
            { group: ["**/cli/*"], message: "nothing imports cli/" },
            {
              group: ["**/store/*"],
              message: "pure stage: the database is read in the shell",
            },
          ],
        },
      ],
    },
  },
  // The browser app runs in a page: browser globals, no Node, and from pipeline/ only the API's JSON types and the
  // spec's vocabulary (types.ts, which imports nothing).
  {
    files: ["web/**"],
    languageOptions: { globals: globals.browser },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "better-sqlite3",
              message: "web/ runs in the browser; serve/ reads the database",
            },
          ],
          patterns: [
            { group: ["node:*"], message: "web/ runs in the browser" },
            {
              regex: "/pipeline/(?!serve/api-types\\.js$|types\\.js$)",
              message:
                "web/ talks to serve/ over HTTP; only its JSON types (serve/api-types.ts) and pipeline/types.ts are shared",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);
