import { decisiveOrder } from "./queue.js";
import { describeShare } from "../stats/index.js";
import { auditedStatisticOf } from "./audited-statistic.js";
import type { Db } from "../store/index.js";
import { plansApart } from "./load-mentions.js";
import { judge } from "./judge.js";
import { codeProblem, findCode, type Codebook } from "./codebook.js";
import { walkMentions } from "./walk-view.js";
import { ownStatesOf } from "./double-coding.js";
import { KeyReader } from "./key-reader.js";
import { wrapLine } from "./wrap-words.js";
import { HELP, helpOf, renderTurn, type Turn } from "./session-render.js";
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
  /** Blind coding: nothing of other auditors is shown, and every mention they judged is offered still. */
  readonly blind: boolean;
  /** The reasons a verdict may carry: keys 1-9 judge with one, `c` takes its id. */
  readonly codebook: Codebook;
};

/** What one keypress did, for undo: the verdict and reason each mention had before. */
type Step = {
  readonly before: ReadonlyMap<
    string,
    {
      readonly verdict: "accepted" | "rejected" | "pending";
      readonly code: string | null;
    }
  >;
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

/** The most decisive open mention not skipped this session, or null when none is left. */
function nextTurn(s: Session): Turn | null {
  const walk = walkMentions(s.db, s.options, s.options.windowTokens);
  const mentions = walk.mentions;
  const apart = plansApart(s.db);
  const queue = decisiveOrder(
    mentions,
    (m) => m.verdict,
    apart,
    s.options.threshold,
  ).filter((m) => !s.skipped.has(m.mention_id));
  const current = queue[0];
  if (current === undefined) return null;
  return {
    current,
    mentions,
    open: queue.length,
    apart: apart.has(current.plan_id),
    walk,
  };
}

/** How a verdict of this session is recorded: by its auditor, blind or not. */
const givenBy = (s: Session) => ({
  auditor: s.options.auditor,
  blind: s.options.blind,
});

function undoLast(s: Session): void {
  const last = s.undo.pop();
  if (last === undefined) {
    s.out("nothing to undo in this session\n");
    return;
  }
  for (const [id, was] of last.before)
    judge(s.db, [id], was.verdict, {
      ...givenBy(s),
      note: null,
      code: was.code,
    });
  s.out(
    `undone (${counted(last.before.size, "mention")} back to their earlier verdict)\n`,
  );
  s.judged -= last.before.size;
}

async function storeNote(s: Session, turn: Turn, given: string): Promise<void> {
  const note = given !== "" ? given : await s.keys.line("note: ");
  if (note === null || note === "") return;
  const id = turn.current.mention_id;
  const mine = ownStatesOf(s.db, s.options.auditor).get(id);
  judge(s.db, [id], mine?.verdict ?? "pending", {
    ...givenBy(s),
    note,
    code: mine?.code ?? null,
  });
  s.out("note stored\n");
}

function storeVerdict(
  s: Session,
  turn: Turn,
  action: {
    readonly verdict: "accepted" | "rejected";
    readonly wholeGroup: boolean;
    readonly note: string | null;
    readonly code: string | null;
  },
): void {
  const ids = action.wholeGroup
    ? turn.mentions
        .filter((m) => m.group === turn.current.group)
        .map((m) => m.mention_id)
    : [turn.current.mention_id];
  const own = ownStatesOf(s.db, s.options.auditor);
  s.undo.push({
    before: new Map(
      ids.map((id) => [
        id,
        {
          verdict: own.get(id)?.verdict ?? "pending",
          code: own.get(id)?.code ?? null,
        },
      ]),
    ),
  });
  judge(s.db, ids, action.verdict, {
    ...givenBy(s),
    note: action.note,
    code: action.code,
  });
  s.judged += ids.length;
  s.window = s.options.windowTokens;
  s.out(
    `${action.verdict}${action.code === null ? "" : ` (${action.code})`} ${ids.length === 1 ? ids[0] : `${ids.length} identical passages`}\n`,
  );
}

/** A verdict with a reason: the reason's key or id (asked for after `c` alone) says which verdict it gives. */
async function storeCoded(
  s: Session,
  turn: Turn,
  action: Extract<SessionAction, { kind: "code" }>,
): Promise<void> {
  const given =
    action.code !== "" ? action.code : await s.keys.line("reason: ");
  if (given === null || given === "") return;
  const code = findCode(s.options.codebook, given);
  if (code === undefined) {
    s.out(
      `${wrapLine(codeProblem(s.options.codebook, given, "accepted") ?? "", s.options.width())}\n`,
    );
    return;
  }
  storeVerdict(s, turn, {
    verdict: code.countsAs,
    wholeGroup: false,
    note: action.note,
    code: code.id,
  });
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
      s.out(
        `${helpOf(s.options.codebook)
          .split("\n")
          .map((l) => wrapLine(l, s.options.width()))
          .join("\n")}\n`,
      );
      break;
    case "undo":
      undoLast(s);
      break;
    case "note":
      await storeNote(s, turn, action.note);
      break;
    case "judge":
      storeVerdict(s, turn, { ...action, code: null });
      break;
    case "code":
      await storeCoded(s, turn, action);
      break;
    case "unknown":
      s.out(
        `${wrapLine(`unknown key "${action.answer}": ${HELP}`, s.options.width())}\n`,
      );
  }
  return true;
}

/**
 * The terminal audit: walks open mentions most decisive first (see decisiveOrder), shows each in context with the
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
      options.output.write(renderTurn(db, turn, s.window, options, colour));
      const text = await s.keys.next();
      if (text === null || !(await answer(s, turn, text))) break;
    }
  } finally {
    s.keys.close();
  }
  s.out(`${wrapLine(closingLine(s), options.width())}\n`);
  return { judged: s.judged };
}

/**
 * The session's last line: its verdicts and the audited figure; blind, the auditor's progress instead, since the
 * figure would tell them what other auditors decided.
 */
function closingLine(s: Session): string {
  const given = `${counted(s.judged, "verdict")} this session`;
  if (!s.options.blind) {
    const audited = auditedStatisticOf(s.db, s.options.threshold);
    return `${given}. ${describeShare(audited.statistic, { audited: true })}`;
  }
  const walk = walkMentions(s.db, s.options, 0);
  const done = walk.mentions.filter((m) => m.verdict !== "pending").length;
  const of =
    walk.assignment === null
      ? `of ${counted(walk.mentions.length, "mention")}`
      : `of the ${counted(walk.mentions.length, "mention")} of ${s.options.auditor}'s sample`;
  return `${given}; ${done} ${of} judged (blind: other auditors' verdicts are not shown)`;
}
