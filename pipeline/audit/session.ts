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

export type SessionOptions = {
  readonly auditor: string;
  readonly threshold: number;
  readonly windowTokens: number;
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WritableStream;
};

const HELP =
  "a accept · r reject · A/R accept/reject every identical passage · s skip · n note · u undo · w wider · q quit";

/** " · OCR, confidence 87" beside a passage read by OCR, else nothing. */
const ocrLabel = (m: KwicMention) => {
  const label = sourceLabel(m);
  return label === null ? "" : ` · ${label}`;
};

/** What one keypress did, for undo: the verdicts each mention had before. */
type Step = {
  readonly before: ReadonlyMap<string, "accepted" | "rejected" | "pending">;
};

function highlight(text: string, colour: boolean): string {
  return colour ? `\x1b[7m${text}\x1b[0m` : `[[${text}]]`;
}

/**
 * The terminal audit: walks open mentions most decisive first (see auditQueue), shows each in context with the
 * plan's running tally, and stores every verdict the moment it is given.
 */
export async function runAuditSession(
  db: Db,
  options: SessionOptions,
): Promise<{ judged: number }> {
  const out = (s: string) => options.output.write(s);
  const colour = Boolean((options.output as NodeJS.WriteStream).isTTY);
  const keys = new KeyReader(options.input, options.output);
  const skipped = new Set<string>();
  const undo: Step[] = [];
  let judged = 0;
  let window = options.windowTokens;
  try {
    for (;;) {
      const mentions = loadKwic(db, options.windowTokens);
      const apart = plansApart(db);
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
        options.threshold,
      ).filter((q) => !skipped.has(q.mentionId));
      const current = mentions.find(
        (m) => m.mention_id === queue[0]?.mentionId,
      );
      if (current === undefined) {
        out(
          `nothing left to judge${skipped.size > 0 ? ` (${skipped.size} skipped this session)` : ""}\n`,
        );
        break;
      }
      out(
        render(
          db,
          current,
          mentions,
          queue.length,
          window,
          options,
          colour,
          apart.has(current.plan_id),
        ),
      );
      const answer = await keys.next();
      if (answer === null) break;
      const key = answer.slice(0, 1);
      const rest = answer.slice(1).trim();
      const group = mentions
        .filter((m) => m.group === current.group)
        .map((m) => m.mention_id);
      if (key === "q") break;
      if (key === "s") {
        skipped.add(current.mention_id);
        window = options.windowTokens;
        continue;
      }
      if (key === "w") {
        window *= 2;
        continue;
      }
      if (key === "?" || key === "h") {
        out(`${HELP}\n`);
        continue;
      }
      if (key === "u") {
        const last = undo.pop();
        if (last === undefined) {
          out("nothing to undo in this session\n");
          continue;
        }
        for (const [id, verdict] of last.before)
          judge(db, [id], verdict, { auditor: options.auditor, note: null });
        out(
          `undone (${last.before.size} mention${last.before.size === 1 ? "" : "s"} back to their earlier verdict)\n`,
        );
        judged -= last.before.size;
        continue;
      }
      if (key === "n") {
        const note = rest !== "" ? rest : await keys.line("note: ");
        if (note === null || note === "") continue;
        judge(
          db,
          [current.mention_id],
          ownVerdict(db, options.auditor, current.mention_id),
          { auditor: options.auditor, note },
        );
        out("note stored\n");
        continue;
      }
      const verdict =
        key.toLowerCase() === "a"
          ? "accepted"
          : key.toLowerCase() === "r"
            ? "rejected"
            : null;
      if (verdict === null) {
        out(`unknown key "${answer}": ${HELP}\n`);
        continue;
      }
      const ids = key === key.toUpperCase() ? group : [current.mention_id];
      undo.push({
        before: new Map(
          ids.map((id) => [id, ownVerdict(db, options.auditor, id)]),
        ),
      });
      judge(db, ids, verdict, {
        auditor: options.auditor,
        note: rest === "" ? null : rest,
      });
      judged += ids.length;
      window = options.windowTokens;
      out(
        `${verdict} ${ids.length === 1 ? ids[0] : `${ids.length} identical passages`}\n`,
      );
    }
  } finally {
    keys.close();
  }
  const audited = auditedStatisticOf(db, options.threshold);
  out(
    `${judged} verdicts this session. Audited: ${describeShare(audited.statistic)}\n`,
  );
  return { judged };
}

function render(
  db: Db,
  m: KwicMention,
  mentions: readonly KwicMention[],
  openCount: number,
  window: number,
  options: SessionOptions,
  colour: boolean,
  apart: boolean,
): string {
  const plan = mentions.filter((x) => x.plan_id === m.plan_id && x.headline);
  const accepted = plan.filter((x) => x.verdict === "accepted").length;
  const rejected = plan.filter((x) => x.verdict === "rejected").length;
  const open = plan.length - accepted - rejected;
  const raw = readPageText(db, m.document, m.page);
  const { left, right } =
    raw === null
      ? { left: m.left, right: m.right }
      : contextAround(raw, { start: m.start, end: m.end }, window);
  const same = mentions.filter(
    (x) => x.group === m.group && x.mention_id !== m.mention_id,
  );
  const states = effectiveVerdicts(
    readVerdictRows(db).filter((r) => r.mentionId === m.mention_id),
  ).get(m.mention_id);
  const others = [...(states?.byAuditor ?? [])].filter(
    ([a, v]) => a !== options.auditor && v !== "pending",
  );
  return [
    "",
    `── ${openCount} open · plan ${m.plan_id}${apart ? " (reported apart)" : ""}: ${accepted} accepted, ${rejected} rejected, ${open} open headline mentions (needs ${options.threshold})`,
    `   ${m.document} page ${m.page} · ${m.term_id} (${m.headline ? "headline" : "related"}) · ${m.location ?? "body"}${ocrLabel(m)} · ${m.mention_id}${m.verdict === "disputed" ? " · DISPUTED" : ""}`,
    ...(others.length > 0
      ? [`   other auditors: ${others.map(([a, v]) => `${a} ${v}`).join(", ")}`]
      : []),
    ...(states?.note ? [`   note: ${states.note}`] : []),
    "",
    `   …${left} ${highlight(m.match, colour)} ${right}…`,
    "",
    ...(same.length > 0
      ? [
          `   ${same.length} identical passage${same.length === 1 ? "" : "s"}: ${same.map((x) => `${basename(x.document)} p${x.page}`).join(", ")} (A/R judge them all)`,
        ]
      : []),
    `   ${HELP}`,
    "> ",
  ].join("\n");
}
