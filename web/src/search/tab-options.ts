// The options of the collocates, words and clusters tabs: each one an option of its command (the API's parameter
// name, the CLI's default), so a table on screen and its download are the command's for the same options. Pure.

/** One option of a tab: a number, a choice, a yes/no, or a text (a cluster size, `2-4`). */
export type TabOption = {
  /** The API's parameter name (`min_count`), which the address keeps too. */
  readonly name: string;
  /** What the control says, in an analyst's words. */
  readonly label: string;
  /** The command line's option, for the tooltip (`--min-count`). */
  readonly flag: string;
  /** The command's default, as the address would hold it. */
  readonly fallback: string;
} & (
  | { readonly kind: "number"; readonly min: number; readonly max?: number }
  | {
      readonly kind: "choice";
      readonly choices: readonly (readonly [string, string])[];
    }
  | { readonly kind: "flag" }
  | { readonly kind: "text"; readonly pattern: string }
);

/** Rows to show, as `--top` (0: every row, where the command allows it). */
const top = (fallback: string, min: number): TabOption => ({
  name: "top",
  label: min === 0 ? "Rows (0 = all)" : "Rows",
  flag: "--top",
  fallback,
  kind: "number",
  min,
});

/** The options of each tab, in the order its controls stand. */
export const TAB_OPTIONS = {
  collocates: [
    {
      name: "window",
      label: "Window (words each side)",
      flag: "--window",
      fallback: "5",
      kind: "number",
      min: 0,
      max: 50,
    },
    {
      name: "min_count",
      label: "Minimum count near",
      flag: "--min-count",
      fallback: "3",
      kind: "number",
      min: 1,
    },
    {
      name: "by",
      label: "Measure (sorts the rows)",
      flag: "--by",
      fallback: "llr",
      kind: "choice",
      choices: [
        ["llr", "log-likelihood (llr)"],
        ["mi", "mutual information (mi)"],
        ["count", "count near"],
      ],
    },
    {
      name: "stopwords",
      label: "Leave out stopwords",
      flag: "--stopwords",
      fallback: "0",
      kind: "flag",
    },
    top("50", 1),
  ],
  words: [
    {
      name: "min_length",
      label: "Shortest word (letters)",
      flag: "--min-length",
      fallback: "3",
      kind: "number",
      min: 1,
    },
    {
      name: "stems",
      label: "Group by stem",
      flag: "--stems",
      fallback: "0",
      kind: "flag",
    },
    top("50", 0),
  ],
  clusters: [
    {
      name: "size",
      label: "Words per cluster (N or MIN-MAX)",
      flag: "--size",
      fallback: "2-4",
      kind: "text",
      pattern: "\\d+(-\\d+)?",
    },
    {
      name: "min_count",
      label: "Minimum count",
      flag: "--min-count",
      fallback: "1",
      kind: "number",
      min: 1,
    },
    top("50", 0),
  ],
} as const satisfies Readonly<
  Record<"collocates" | "words" | "clusters", readonly TabOption[]>
>;

export type AnalysisTab = keyof typeof TAB_OPTIONS;

/** The options of `tab` an address sets (the others are left to the command's defaults). */
export function tabOptionsOf(
  tab: string,
  params: URLSearchParams,
): Readonly<Record<string, string>> {
  const options: readonly TabOption[] =
    tab in TAB_OPTIONS ? TAB_OPTIONS[tab as AnalysisTab] : [];
  return Object.fromEntries(
    options.flatMap((o) => {
      const given = params.get(o.name);
      return given === null || given === "" ? [] : [[o.name, given]];
    }),
  );
}

/** What each column of a tab's table means, as its command's help says it. */
export const COLUMN_NOTES: Readonly<
  Record<AnalysisTab, Readonly<Record<string, string>>>
> = {
  collocates: {
    word: "A word that stands near the places of the query",
    near: "How many times it stands within the window of a place",
    corpus: "How many times it occurs in the whole corpus",
    mi: "Mutual information: how much more often it stands near than chance would give",
    llr: "Log-likelihood: how sure it is that the word is drawn to the places, not there by chance",
  },
  words: {
    word: "The word (or stem)",
    count: "How many times it occurs",
    plans: "How many plans it occurs in",
  },
  clusters: {
    cluster: "Words that stand together around the query",
    size: "Words in the cluster",
    count: "How many times it occurs",
    plans: "How many plans it occurs in",
  },
};
