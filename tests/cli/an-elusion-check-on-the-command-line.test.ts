import {
  beyondCorpus,
  BETA,
  cli,
  codeBeta,
  GAMMA,
  statsJson,
} from "./beyond-fixture.js";
import { runCli } from "./run-cli.js";

// Spec v2.1 point 5: pages of the plans that do not count, drawn at random (a recorded draw, every page equally
// likely), judged yes or no; the rate with its exact interval bounds the pages still missed.

type Drawn = {
  drawId: number;
  seed: number;
  pagesInFrame: number;
  items: { item: number; plan: string; document: string; page: number }[];
};
const draw = (db: string, ...args: string[]) => {
  const r = cli(db, "elusion", "draw", "--json", ...args);
  expect([r.status, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Drawn;
};
const placeOf = (d: Drawn) => d.items.map((i) => `${i.document} ${i.page}`);

describe("stp-scan elusion: a bound on what the lexicon and the coded passages still miss", () => {
  const { db } = beyondCorpus();

  it("draws only pages with text of plans that do not count, and the same seed draws the same pages", () => {
    const first = draw(db, "--size", "3", "--seed", "11");
    // beta's 3 pages and gamma's 2 pages with text (its blank page is no part of the frame); none of alpha's.
    expect(first.pagesInFrame).toBe(5);
    expect(first.items).toHaveLength(3);
    for (const i of first.items) expect(["beta", "gamma"]).toContain(i.plan);
    const again = draw(db, "--size", "3", "--seed", "11");
    expect(again.drawId).toBe(first.drawId + 1);
    expect(placeOf(again)).toEqual(placeOf(first));
    expect(placeOf(draw(db, "--size", "5", "--seed", "11")).sort()).toEqual(
      [
        `${BETA} 1`,
        `${BETA} 2`,
        `${BETA} 3`,
        `${GAMMA} 1`,
        `${GAMMA} 3`,
      ].sort(),
    );
  });

  it("nothing is drawn from a plan that already counts: once beta's passage is coded, only gamma's pages", () => {
    expect(codeBeta(db)).toBe(0);
    const d = draw(db, "--size", "5", "--seed", "3");
    expect(d.pagesInFrame).toBe(2);
    expect(new Set(d.items.map((i) => i.plan))).toEqual(new Set(["gamma"]));
    expect(codeBeta(db, "--undo")).toBe(0);
  });

  it("answers by item, or by document and page, and prints the rate with its exact interval and the bound", () => {
    const d = draw(db, "--size", "5", "--seed", "11");
    const beta2 = d.items.find((i) => i.document === BETA && i.page === 2);
    const other = d.items.find((i) => i !== beta2);
    expect(
      cli(
        db,
        "elusion",
        "judge",
        String(beta2?.item),
        "yes",
        "--note",
        "buys locally",
      ).stdout,
    ).toMatch(
      /^answered yes for item \d: plans\/beta\/plan\.pdf page 2 \(auditor /,
    );
    expect(
      cli(
        db,
        "elusion",
        "judge",
        String(other?.document),
        String(other?.page),
        "no",
      ).status,
    ).toBe(0);
    const text = cli(db, "elusion").stdout;
    // The draws before this one (above) are said in the figure's line and listed, with what they found.
    expect(text).toMatch(
      /^elusion \(draw 5, seed 11\): 1 of 2 pages judged discuss social value \(50\.0%; exact 95% interval 1\.3%-98\.7%\); of the 3 pages not judged, at most 3 may still \(0\.987 x 3\); 4 earlier draws set aside \(stp-scan elusion lists them\)\n/,
    );
    expect(text).toMatch(
      /\nearlier draws, not in the figures above \(they are the latest draw's\):\n {2}draw 1 \(seed 11, by [^)]+\): 3 pages drawn, 0 judged, 0 yes\n/,
    );
    expect(text).toContain(
      "plans with a yes page: beta (1 yes page, 0 coded; does not count yet: code the passage)",
    );
    const json = JSON.parse(cli(db, "elusion", "--json").stdout) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({
      seed: 11,
      pagesInFrame: 5,
      pagesDrawn: 5,
      pagesJudged: 2,
      yesPages: 1,
      pagesNotJudged: 3,
    });
    expect(json["missedPagesUpperBound"]).toBeCloseTo(0.98742088 * 3, 5);
    expect(
      (json["earlierDraws"] as { drawId: number; seed: number }[]).map((d) => [
        d.drawId,
        d.seed,
      ]),
    ).toEqual([
      [1, 11],
      [2, 11],
      [3, 11],
      [4, 3],
    ]);
    expect(statsJson(db).elusion).toMatchObject({ yesPages: 1 });
    expect(cli(db, "stats").stdout).toMatch(
      /\nelusion \(draw \d+, seed 11\): 1 of 2 pages judged/,
    );
  });

  it("a yes page once coded moves its plan, and says so", () => {
    expect(codeBeta(db)).toBe(0);
    expect(cli(db, "elusion").stdout).toContain(
      "beta (1 yes page, 1 coded; counts now)",
    );
  });

  it("the terminal walk answers the pages left, one line each from a pipe", () => {
    const r = cli(db, "elusion", "judge", "--auditor", "ann");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("0 pages answered");
    const walked = cliWithInput(db, "n nothing on it\ns\nq\n");
    expect(walked).toContain("--- page 1 of 3 to answer");
    expect(walked).toContain("1 page answered");
    expect(JSON.parse(cli(db, "elusion", "--json").stdout)).toMatchObject({
      pagesJudged: 3,
    });
  });

  it("judging a page not in the draw, or without a yes or no: one line, exit 2", () => {
    const none = cli(db, "elusion", "judge", "99", "no");
    expect([none.status, none.stderr]).toEqual([
      2,
      expect.stringMatching(
        /^stp-scan: draw \d+ has no page 99 \(its pages are numbered 1 to 5\)\n$/,
      ),
    ]);
    const bad = cli(db, "elusion", "judge", "1", "maybe");
    expect([bad.status, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/^stp-scan: elusion judge: end with yes or no/),
    ]);
    const seed = cli(db, "elusion", "draw", "--size", "2", "--seed", "-1");
    expect([seed.status, seed.stderr]).toEqual([
      2,
      "stp-scan: --seed -1: give a whole number from 0 to 4294967295\n",
    ]);
  });
});

/** `elusion judge` alone, its answers piped in; its stdout. */
const cliWithInput = (db: string, input: string): string =>
  runCli(["elusion", "judge", "--db", db], { input }).stdout;
