import { fail, ok } from "../problem.js";
import {
  drawUniformSample,
  summariseElusion,
  type ElusionFigures,
  type JudgedPage,
} from "../stats/index.js";
import { beyondTables, type Db } from "../store/index.js";
import type { EarlierDraw, Result } from "../types.js";
import { broadStatisticOf, headlineConcept } from "./broad-statistic.js";

// The elusion sample (spec v2.1 point 5): pages drawn at random from the plans that do not count, each judged "does
// this page discuss the concept?", to bound what the lexicon and the coded passages still miss. The draw is recorded
// with its frame and seed (same seed, same frame: same pages), the answers append-only.

/**
 * The frame of a draw made now: every page with text of the documents that count, in the fully read plans that do
 * not count in the broad statistic at `threshold` (no headline mention and no coded passage enough to count), in
 * corpus order. A plan reported apart is no part of it: no answer could move it.
 */
export function elusionFrame(
  db: Db,
  thresholdMentions: number,
): beyondTables.FramePage[] {
  const outside = new Set(
    broadStatisticOf(db, thresholdMentions)
      .plans.filter((p) => p.mentions === false)
      .map((p) => p.plan),
  );
  return beyondTables.readTextPages(db).filter((p) => outside.has(p.plan));
}

/** What to draw: how many pages, the seed, who draws and the threshold plans need. */
export type DrawRequest = {
  readonly size: number;
  /** 0 to 2^32 - 1. */
  readonly seed: number;
  readonly auditor: string;
  readonly threshold: number;
};

/**
 * A draw made and recorded now, with its pages in the order drawn; nothing is recorded when the frame is empty
 * (every fully read plan counts already, so nothing can be missed).
 */
export function drawElusion(
  db: Db,
  request: DrawRequest,
): Result<{
  draw: beyondTables.ElusionDraw;
  items: beyondTables.ElusionItem[];
}> {
  const frame = elusionFrame(db, request.threshold);
  if (frame.length === 0)
    return fail({
      reason:
        "no page to draw from: every fully read plan counts in the broad statistic already (or none has a page with text)",
    });
  const items = drawUniformSample(frame, request.size, request.seed).map(
    (p, i) => ({
      ...p,
      item: i + 1,
    }),
  );
  const draw = beyondTables.saveDraw(
    db,
    {
      seed: request.seed,
      size: request.size,
      concept: headlineConcept(db),
      threshold: request.threshold,
      frame,
      auditor: request.auditor,
    },
    items,
  );
  return ok({ draw, items });
}

/** A draw as JSON (`elusion draw --json`, POST /api/elusion/draws): the draw without its frame, the frame's size, its pages. */
export function drawJson(
  draw: beyondTables.ElusionDraw,
  items: readonly beyondTables.ElusionItem[],
) {
  const { frame, ...shown } = draw;
  return { ...shown, pagesInFrame: frame.length, items };
}

/** The latest draw with each page's answer in force and its figures; null when no draw was made. */
export type Elusion = {
  readonly draw: Omit<beyondTables.ElusionDraw, "frame">;
  readonly pages: readonly JudgedPage[];
  readonly figures: ElusionFigures;
  /**
   * The draws made before it, oldest first, with what their pages were answered: the figures are the latest
   * draw's, so a reader sees whether it was drawn again, and what the draws set aside had found.
   */
  readonly earlierDraws: readonly EarlierDraw[];
};

export type { EarlierDraw };

/** An item's answer in force and the note given with it. */
type Answer = {
  readonly answer: "yes" | "no" | null;
  readonly note: string | null;
};

/** Each item's answer in force (the latest row; a withdrawn answer is none) with its note. */
function answersOf(db: Db, drawId: number): Map<number, Answer> {
  const latest = new Map<number, Answer>();
  for (const j of beyondTables.readJudgements(db, drawId))
    latest.set(
      j.item,
      j.answer === "withdrawn"
        ? { answer: null, note: null }
        : { answer: j.answer, note: j.note },
    );
  return latest;
}

/** The draws before `latest`, with their answers counted. */
function earlierDrawsOf(db: Db, latest: number): EarlierDraw[] {
  return beyondTables
    .readDraws(db)
    .filter((d) => d.drawId !== latest)
    .map((d) => {
      const answers = [...answersOf(db, d.drawId).values()].map(
        (a) => a.answer,
      );
      return {
        drawId: d.drawId,
        seed: d.seed,
        size: d.size,
        auditor: d.auditor,
        drawnAt: d.drawnAt,
        pagesDrawn: beyondTables.readDrawItems(db, d.drawId).length,
        pagesJudged: answers.filter((a) => a !== null).length,
        yesPages: answers.filter((a) => a === "yes").length,
      };
    });
}

/** The latest draw's pages, answers and figures (summariseElusion); null when no draw was made. */
export function elusionOf(db: Db): Elusion | null {
  const draw = beyondTables.readLatestDraw(db);
  if (draw === null) return null;
  const latest = answersOf(db, draw.drawId);
  const coded = new Set(
    beyondTables
      .readStandingPassages(db)
      .filter((p) => p.concept === draw.concept)
      .map((p) => `${p.document}\u0000${p.page}`),
  );
  const pages = beyondTables.readDrawItems(db, draw.drawId).map((i) => {
    const { answer, note } = latest.get(i.item) ?? {
      answer: null,
      note: null,
    };
    return {
      item: i.item,
      plan: i.plan,
      document: i.document,
      page: i.page,
      answer,
      note,
      isCoded: coded.has(`${i.document}\u0000${i.page}`),
    };
  });
  const counting = new Set(
    broadStatisticOf(db, draw.threshold)
      .plans.filter((p) => p.mentions === true)
      .map((p) => p.plan),
  );
  const { frame, ...rest } = draw;
  return {
    draw: rest,
    pages,
    figures: summariseElusion(frame.length, pages, (plan) =>
      counting.has(plan),
    ),
    earlierDraws: earlierDrawsOf(db, draw.drawId),
  };
}

/** The elusion as JSON (`elusion --json`, `stats --json` and a bundle's statistic.json); null when no draw was made. */
export function elusionJson(db: Db) {
  const e = elusionOf(db);
  return e === null
    ? null
    : {
        ...e.draw,
        ...e.figures,
        pages: e.pages,
        earlierDraws: e.earlierDraws,
      };
}

/** Which page of the latest draw an answer is for: its item number, or its document and page. */
export type DrawTarget =
  | { readonly item: number }
  | { readonly document: string; readonly page: number };

/** An answer to record. */
export type JudgeRequest = {
  readonly target: DrawTarget;
  readonly answer: "yes" | "no" | "withdrawn";
  readonly note: string | null;
  readonly auditor: string;
};

/** Appends an answer to a page of the latest draw, or says why not (no draw, no such page in it). */
export function judgeElusion(
  db: Db,
  request: JudgeRequest,
): Result<{
  judgement: beyondTables.ElusionJudgement;
  item: beyondTables.ElusionItem;
}> {
  const draw = beyondTables.readLatestDraw(db);
  if (draw === null)
    return fail({
      reason: `no elusion draw yet; draw pages first: stp-scan elusion draw --size N --seed S`,
    });
  const items = beyondTables.readDrawItems(db, draw.drawId);
  const t = request.target;
  const item =
    "item" in t
      ? items.find((i) => i.item === t.item)
      : items.find((i) => i.document === t.document && i.page === t.page);
  if (item === undefined)
    return fail({
      reason:
        "item" in t
          ? `draw ${draw.drawId} has no page ${t.item} (its pages are numbered 1 to ${items.length})`
          : `${t.document} page ${t.page} is not among the ${items.length} pages of draw ${draw.drawId} (stp-scan elusion lists them)`,
    });
  return ok({
    judgement: beyondTables.appendJudgement(db, {
      drawId: draw.drawId,
      item: item.item,
      answer: request.answer,
      auditor: request.auditor,
      note: request.note,
    }),
    item,
  });
}
