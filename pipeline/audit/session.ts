import { basename } from "node:path";
import { contextAround } from "../match/index.js";
import { auditQueue } from "./queue.js";
import { sourceLabel } from "./source-label.js";
import { effectiveVerdicts } from "./verdicts.js";
import { describeShare } from "../stats/index.js";
import { auditedStatisticOf } from "./audited-statistic.js";
import { readPageText, readVerdictRows, type Db } from "../store/index.js";
import { loadKwic, plansApart, type KwicMention } from "./load-mentions.js";
import { judge, ownVerdict } from "./judge.js";
import { KeyReader } from "./key-reader.js";
import { wrapLine, wrapWords } from "./wrap-words.js";
import { readAnswer, type SessionAction } from "./read-answer.js";
import { counted } from "../plural.js";
import { forTerminal } from "../terminal-text.js";

export type SessionOptions = {
  readonly auditor: string;
  readonly threshold: number;
  readonly windowTokens: number;
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WritableStream;
  /** Characters a line may take; asked before each mention is shown, so a resized terminal is followed. */
  readonly width: () => number;
};

const HELP =
  "a accept · r reject · A/R accept/reject every identical passage · s skip · n note · u undo · w wider · q quit";

/** " · OCR, confidence 87" beside a passage read by OCR, else nothing. */
const ocrLabel = (m: KwicMention) => {
  const label = sourceLabel(m);
  return label === null ? "" : ` · ${label}`;
};
function highlight(text: string, colour: boolean): string {
  return colour ? `\x1b[7m${text}\x1b[0m` : `[[${text}]]`;
}

/** What one keypress did, for undo: the verdicts each mention had before. */
type Step = {
  readonly before: ReadonlyMap<string, "accepted" | "rejected" | "pending">;
};

export { readAnswer, type SessionAction } from "./read-answer.js";

/** A session under way: what it has skipped, what it can undo, how wide the context is now. */
type Session = {
  readonly db: Db;
  readonly options: SessionOptions;
  readonly out: (s: string) => void;
  readonly keys: KeyReader;
  readonly skipped: Set<string>;
  readonly undo: Step[];
  judged: number;
  window: number;
};

/** The mention on screen and what its view needs. */
type Turn = {
  readonly current: KwicMention;
  readonly mentions: readonly KwicMention[];
  readonly open: number;
  readonly apart: boolean;
};

/** The most decisive open mention not skipped this session, or null when none is left. */
function nextTurn(s: Session): Turn | null {
  const mentions = loadKwic(s.db, s.options.windowTokens);
  const apart = plansApart(s.db);
  const queue = auditQueue(
    mentions.map((m) => ({
      mentionId: m.mention_id,
      plan: m.plan_id,
      headline: m.headline,
      verdict: m.verdict,
      order: m.order,
      location: m.location,
      isOcr: m.source === "ocr",
    })),
    apart,
    s.options.threshold,
  ).filter((q) => !s.skipped.has(q.mentionId));
  const current = mentions.find((m) => m.mention_id === queue[0]?.mentionId);
  if (current === undefined) return null;
  return {
    current,
    mentions,
    open: queue.length,
    apart: apart.has(current.plan_id),
  };
}

function undoLast(s: Session): void {
  const last = s.undo.pop();
  if (last === undefined) {
    s.out("nothing to undo in this session\n");
    return;
  }
  for (const [id, verdict] of last.before)
    judge(s.db, [id], verdict, { auditor: s.options.auditor, note: null });
  s.out(
    `undone (${counted(last.before.size, "mention")} back to their earlier verdict)\n`,
  );
  s.judged -= last.before.size;
}

async function storeNote(s: Session, turn: Turn, given: string): Promise<void> {
  const note = given !== "" ? given : await s.keys.line("note: ");
  if (note === null || note === "") return;
  const id = turn.current.mention_id;
  judge(s.db, [id], ownVerdict(s.db, s.options.auditor, id), {
    auditor: s.options.auditor,
    note,
  });
  s.out("note stored\n");
}

function storeVerdict(
  s: Session,
  turn: Turn,
  action: Extract<SessionAction, { kind: "judge" }>,
): void {
  const ids = action.wholeGroup
    ? turn.mentions
        .filter((m) => m.group === turn.current.group)
        .map((m) => m.mention_id)
    : [turn.current.mention_id];
  s.undo.push({
    before: new Map(
      ids.map((id) => [id, ownVerdict(s.db, s.options.auditor, id)]),
    ),
  });
  judge(s.db, ids, action.verdict, {
    auditor: s.options.auditor,
    note: action.note,
  });
  s.judged += ids.length;
  s.window = s.options.windowTokens;
  s.out(
    `${action.verdict} ${ids.length === 1 ? ids[0] : `${ids.length} identical passages`}\n`,
  );
}

/** Does what the answer asks; false when the session ends. */
async function answer(s: Session, turn: Turn, text: string): Promise<boolean> {
  const action = readAnswer(text);
  switch (action.kind) {
    case "quit":
      return false;
    case "skip":
      s.skipped.add(turn.current.mention_id);
      s.window = s.options.windowTokens;
      break;
    case "wider":
      s.window *= 2;
      break;
    case "help":
      s.out(`${wrapLine(HELP, s.options.width())}\n`);
      break;
    case "undo":
      undoLast(s);
      break;
    case "note":
      await storeNote(s, turn, action.note);
      break;
    case "judge":
      storeVerdict(s, turn, action);
      break;
    case "unknown":
      s.out(
        `${wrapLine(`unknown key "${action.answer}": ${HELP}`, s.options.width())}\n`,
      );
  }
  return true;
}

/**
 * The terminal audit: walks open mentions most decisive first (see auditQueue), shows each in context with the
 * plan's running tally, and stores every verdict the moment it is given.
 */
export async function runAuditSession(
  db: Db,
  options: SessionOptions,
): Promise<{ judged: number }> {
  const s: Session = {
    db,
    options,
    out: (text) => options.output.write(forTerminal(text)),
    keys: new KeyReader(options.input, options.output),
    skipped: new Set(),
    undo: [],
    judged: 0,
    window: options.windowTokens,
  };
  const colour = Boolean((options.output as NodeJS.WriteStream).isTTY);
  try {
    for (;;) {
      const turn = nextTurn(s);
      if (turn === null) {
        const skipped = s.skipped.size;
        s.out(
          `nothing left to judge${skipped > 0 ? ` (${skipped} skipped this session)` : ""}\n`,
        );
        break;
      }
      options.output.write(render(db, turn, s.window, options, colour));
      const text = await s.keys.next();
      if (text === null || !(await answer(s, turn, text))) break;
    }
  } finally {
    s.keys.close();
  }
  const audited = auditedStatisticOf(db, options.threshold);
  s.out(
    `${wrapLine(`${counted(s.judged, "verdict")} this session. ${describeShare(audited.statistic, { audited: true })}`, options.width())}\n`,
  );
  return { judged: s.judged };
}

function render(
  db: Db,
  turn: Turn,
  window: number,
  options: SessionOptions,
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
  const states = effectiveVerdicts(
    readVerdictRows(db).filter((r) => r.mentionId === m.mention_id),
  ).get(m.mention_id);
  const others = [...(states?.byAuditor ?? [])].filter(
    ([a, v]) => a !== options.auditor && v !== "pending",
  );
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
    ...(states?.note ? [`   note: ${states.note}`] : []),
  ];
  const keys = [
    ...(same.length > 0
      ? [
          `   ${counted(same.length, "identical passage")}: ${same.map((x) => `${basename(x.document)} p${x.page}`).join(", ")} (A/R judge them all)`,
        ]
      : []),
    `   ${HELP}`,
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
