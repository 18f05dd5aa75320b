import { basename } from "node:path";
import { contextAround } from "../match/index.js";
import { readPageText, type Db } from "../store/index.js";
import { counted } from "../plural.js";
import { forTerminal } from "../terminal-text.js";
import { codeKeys, type Codebook } from "./codebook.js";
import type { KwicMention } from "./load-mentions.js";
import { sourceLabel } from "./source-label.js";
import type { WalkMentions } from "./walk-view.js";
import { wrapLine, wrapWords } from "./wrap-words.js";

// What the terminal walk shows of a mention: the plan's tally, where the passage stands, the passage with its
// match highlighted, and the keys.

/** What the walk's answers can be, on one line. */
export const HELP =
  "a accept · r reject · A/R accept/reject every identical passage · 1-9 judge with a reason · c reason by id · s skip · n note · u undo · w wider · q quit";

/** The help line, then the reasons and their keys. */
export const helpOf = (codebook: Codebook) =>
  `${HELP}\nreasons: ${codeKeys(codebook)}`;

/** " · OCR, confidence 87" beside a passage read by OCR, else nothing. */
const ocrLabel = (m: KwicMention) => {
  const label = sourceLabel(m);
  return label === null ? "" : ` · ${label}`;
};
function highlight(text: string, colour: boolean): string {
  return colour ? `\x1b[7m${text}\x1b[0m` : `[[${text}]]`;
}

/** The mention on screen and what its view needs. */
export type Turn = {
  readonly current: KwicMention;
  readonly mentions: readonly KwicMention[];
  readonly open: number;
  readonly apart: boolean;
  readonly walk: WalkMentions;
};

/** What the view needs of the session's options. */
type ViewOptions = {
  readonly threshold: number;
  /** Characters a line may take. */
  readonly width: () => number;
  readonly codebook: Codebook;
};

/** The mention of `turn` as the walk shows it, with `window` words of context each side. */
export function renderTurn(
  db: Db,
  turn: Turn,
  window: number,
  options: ViewOptions,
  colour: boolean,
): string {
  const { current: m, mentions, open: openCount, apart } = turn;
  const plan = mentions.filter((x) => x.plan_id === m.plan_id && x.headline);
  const accepted = plan.filter((x) => x.verdict === "accepted").length;
  const rejected = plan.filter((x) => x.verdict === "rejected").length;
  const open = plan.length - accepted - rejected;
  const raw = readPageText(db, m.document, m.page);
  const around =
    raw === null
      ? { left: m.left, right: m.right }
      : contextAround(raw, { start: m.start, end: m.end }, window);
  // Page text goes to the terminal: its control characters are shown, not obeyed (the highlight is ours).
  const left = forTerminal(around.left);
  const right = forTerminal(around.right);
  const same = mentions.filter(
    (x) => x.group === m.group && x.mention_id !== m.mention_id,
  );
  const others = turn.walk.othersOn(m.mention_id);
  const code = turn.walk.ownCode(m.mention_id);
  const width = options.width();
  // The match is one unit: a line break never falls inside the highlighted words.
  const passage = wrapWords(
    [
      ...`…${left}`.split(" "),
      highlight(forTerminal(m.match), colour),
      ...`${right}…`.split(" "),
    ],
    width,
    "   ",
    "   ",
  );
  const about = [
    `── ${openCount} open · plan ${m.plan_id}${apart ? " (reported apart)" : ""}: ${accepted} accepted, ${rejected} rejected, ${open} open headline mentions (needs ${options.threshold})`,
    `   ${m.document} page ${m.page} · ${m.term_id} (${m.headline ? "headline" : "related"}) · ${m.location ?? "body"}${ocrLabel(m)} · ${m.mention_id}${m.verdict === "disputed" ? " · DISPUTED" : ""}`,
    ...(others.length > 0
      ? [`   other auditors: ${others.map(([a, v]) => `${a} ${v}`).join(", ")}`]
      : []),
    ...(code === null ? [] : [`   your reason: ${code}`]),
    ...(m.note ? [`   note: ${m.note}`] : []),
  ];
  const keys = [
    ...(same.length > 0
      ? [
          `   ${counted(same.length, "identical passage")}: ${same.map((x) => `${basename(x.document)} p${x.page}`).join(", ")} (A/R judge them all)`,
        ]
      : []),
    `   ${HELP}`,
    `   reasons: ${codeKeys(options.codebook)}`,
  ];
  const wrap = (line: string) => wrapLine(forTerminal(line), width);
  return [
    "",
    ...about.map(wrap),
    "",
    ...passage,
    "",
    ...keys.map(wrap),
    "> ",
  ].join("\n");
}
