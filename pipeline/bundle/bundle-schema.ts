import { LOCATIONS } from "../types.js";

// What each JSON file of a bundle must hold for `verify` to read it: the fields it uses, their types and their
// allowed values. A bundle edited by hand (a null row, a verdict "evil", a verdict without its auditor) is
// refused in one line naming the file, the row and the field, before any PDF is read. Pure.

/** null when `value` fits; else what it should be, in words. */
type Check = (value: unknown) => string | null;

const text: Check = (v) => (typeof v === "string" ? null : "text");
const wholeNumber: Check = (v) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? null : "a whole number";
const number: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) ? null : "a number";
const yesNo: Check = (v) => (typeof v === "boolean" ? null : "true or false");
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    values.includes(v as string) ? null : `one of ${values.join(", ")}`;
const orNull =
  (check: Check): Check =>
  (v) => {
    if (v === null) return null;
    const wrong = check(v);
    return wrong === null ? null : `${wrong} or null`;
  };
/** A field older bundles may not have: absent is fine, present must fit. */
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const anObject: Check = (v) => (isObject(v) ? null : "an object");
const listOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return "a list";
    const at = v.findIndex((item) => check(item) !== null);
    return at < 0 ? null : `a list of ${check(v[at])} (item ${at + 1} is not)`;
  };

type Shape = Readonly<Record<string, Check>>;

const DOC_STATUSES = [
  "ok",
  "encrypted",
  "corrupt",
  "not-pdf",
  "empty",
  "no-text",
  "partial-text",
  "duplicate",
  "missing",
  "timeout",
  "too-large",
];

const PLAN: Shape = { plan_id: text, name: text, region: text };
const DOCUMENT: Shape = {
  plan_id: text,
  document: text,
  role: text,
  sha256: orNull(text),
  status: oneOf(DOC_STATUSES),
  in_manifest: yesNo,
};
const MENTION: Shape = {
  mention_id: text,
  document: text,
  page: wholeNumber,
  term_id: text,
};
const VERDICT: Shape = {
  verdictId: wholeNumber,
  mentionId: text,
  verdict: oneOf(["accepted", "rejected", "pending"]),
  auditor: text,
  note: orNull(text),
  kind: optional(oneOf(["judge", "settle"])),
  code: optional(orNull(text)),
  blind: optional(yesNo),
};
const SETTINGS: Shape = {
  threshold: wholeNumber,
  countIn: (v) =>
    v === "all"
      ? null
      : listOf(oneOf(LOCATIONS))(v) &&
        `"all" or a list of ${LOCATIONS.join(", ")}`,
  audited: yesNo,
  lexiconSha256: text,
  ocr: orNull(anObject),
};
const STATISTIC: Shape = {
  threshold: number,
  numerator: wholeNumber,
  denominator: wholeNumber,
  share: orNull(number),
  plans: listOf(anObject),
};

const ELUSION: Shape = {
  draws: listOf(anObject),
  items: listOf(anObject),
  judgements: listOf(anObject),
};

/** What is wrong with `value` against `shape`, naming the field; null when it fits. */
function checkObject(value: unknown, shape: Shape): string | null {
  if (!isObject(value))
    return `is ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}, not an object`;
  for (const [field, check] of Object.entries(shape)) {
    if (!(field in value) && check(undefined) !== null)
      return `has no ${field}`;
    const wrong = check(value[field]);
    if (wrong !== null)
      return `${field} is ${JSON.stringify(value[field]) ?? "missing"}, not ${wrong}`;
  }
  return null;
}

/** The first row of a list that does not fit `shape`, as "<file>: row N ..."; null when every row fits. */
function checkRows(file: string, rows: unknown, shape: Shape): string | null {
  if (!Array.isArray(rows)) return `${file}: not a list`;
  for (const [i, row] of rows.entries()) {
    const wrong = checkObject(row, shape);
    if (wrong !== null) return `${file}: row ${i + 1} ${wrong}`;
  }
  return null;
}

/**
 * Why a bundle's parsed JSON files (name -> value) cannot be what `bundle` wrote, in one line naming the file,
 * the row and the field; null when each fits its shape.
 */
export function checkBundleShapes(
  parsed: ReadonlyMap<string, unknown>,
  names: {
    readonly manifest: string;
    readonly mentions: string;
    readonly verdicts: string;
    readonly settings: string;
    readonly versions: string;
    readonly statistic: string;
    readonly declarations: readonly string[];
    /** The elusion sample's file, when the bundle has one. */
    readonly elusion?: string;
  },
): string | null {
  const manifest = parsed.get(names.manifest);
  const whole = (file: string, shape: Shape) => {
    const wrong = checkObject(parsed.get(file), shape);
    return wrong === null ? null : `${file}: ${wrong}`;
  };
  const checks = [
    () =>
      whole(names.manifest, {
        plans: listOf(anObject),
        documents: listOf(anObject),
      }),
    () =>
      checkRows(
        `${names.manifest} plans`,
        isObject(manifest) ? manifest["plans"] : null,
        PLAN,
      ),
    () =>
      checkRows(
        `${names.manifest} documents`,
        isObject(manifest) ? manifest["documents"] : null,
        DOCUMENT,
      ),
    () => checkRows(names.mentions, parsed.get(names.mentions), MENTION),
    () => checkRows(names.verdicts, parsed.get(names.verdicts), VERDICT),
    () => whole(names.settings, SETTINGS),
    () => whole(names.versions, {}),
    () => whole(names.statistic, STATISTIC),
    ...names.declarations.map(
      (file) => () =>
        parsed.has(file) ? checkRows(file, parsed.get(file), {}) : null,
    ),
    () =>
      names.elusion !== undefined && parsed.has(names.elusion)
        ? whole(names.elusion, ELUSION)
        : null,
  ];
  for (const check of checks) {
    const wrong = check();
    if (wrong !== null) return wrong;
  }
  return null;
}
