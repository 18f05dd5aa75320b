import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type {
  ElusionJson,
  ElusionJudgementRequest,
} from "../../../pipeline/serve/api-types.js";
import {
  ElusionBound,
  elusionRateText,
  missedPagesAtMost,
} from "../shared/elusion-bound.js";
import { fileName } from "../shared/format.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import { href } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";

type Draw = NonNullable<ElusionJson>;
type DrawnPage = Draw["pages"][number];

/** A seed for a draw nobody chose: any of the 2^32 a draw takes. */
const randomSeed = (): number =>
  crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

/** The pages to draw and the seed; with a draw standing, a second step confirms that the figures will report the new one. */
function DrawForm(props: {
  readonly api: Api;
  readonly standing: Draw | null;
  readonly drawn: () => void;
}): JSX.Element {
  const [size, setSize] = useState("30");
  const [seed, setSeed] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState("");
  const draw = async () => {
    setProblem("");
    try {
      await props.api.drawElusion({ size: Number(size), seed: Number(seed) });
      setConfirming(false);
      props.drawn();
    } catch (e) {
      setProblem(reasonOf(e));
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (seed.trim() === "" || !/^\d+$/.test(seed.trim())) {
      setProblem("Give a seed (a whole number), or fill in a random one.");
      return;
    }
    if (props.standing !== null && !confirming) setConfirming(true);
    else void draw();
  };
  return (
    <form class="inline-form draw-form" onSubmit={submit}>
      <label>
        Pages to draw{" "}
        <input
          id="draw-size"
          type="number"
          min={1}
          value={size}
          onInput={(e) => setSize(e.currentTarget.value)}
          size={5}
        />
      </label>
      <label>
        Seed{" "}
        <input
          id="draw-seed"
          inputMode="numeric"
          value={seed}
          onInput={(e) => setSeed(e.currentTarget.value)}
          size={12}
        />
      </label>
      <button
        type="button"
        id="draw-random"
        onClick={() => setSeed(String(randomSeed()))}
      >
        Random seed
      </button>
      <button type="submit" id="draw">
        {props.standing === null ? "Draw pages" : "Draw again"}
      </button>
      {confirming && props.standing !== null && (
        <p class="note" role="alert" id="draw-confirm">
          Draw {props.standing.drawId}'s answers stay recorded, but the figures
          will report the new draw only. Draw again for a reason, not until the
          pages look easy: a sample redrawn that way is no sample.{" "}
          <button type="submit" id="draw-confirmed">
            Draw anyway
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
      <ProblemLine text={problem} />
    </form>
  );
}

/** What the frame is, before any draw. */
function FrameNote(): JSX.Element {
  return (
    <p class="lead">
      An elusion sample bounds what the lexicon and the coded passages still
      miss. Its frame is every page with text of the fully read plans that count
      in neither figure (no headline mention, no coded passage); pages are drawn
      from it at random, each is judged "does this page discuss the concept?",
      and the share of "yes", with its exact interval, bounds the pages of the
      frame nobody read. The same seed draws the same pages from the same frame.
    </p>
  );
}

/** The draw's figures: pages judged, yes pages, the rate with its exact interval, the bound, the plans moved. */
function Figures({ e }: { readonly e: Draw }): JSX.Element {
  return (
    <dl class="facts" id="elusion-figures">
      <dt>Pages judged</dt>
      <dd id="elusion-judged">
        {e.pagesJudged} of {e.pagesDrawn} drawn
      </dd>
      <dt>Yes pages</dt>
      <dd id="elusion-yes">{e.yesPages}</dd>
      <dt>Rate</dt>
      <dd id="elusion-rate">
        {e.rate === null ? "none judged yet" : elusionRateText(e)}
      </dd>
      <dt>Missed pages, at most</dt>
      <dd id="elusion-bound">
        {e.missedPagesUpperBound === null ? (
          "none judged yet"
        ) : (
          <>
            {missedPagesAtMost(e.missedPagesUpperBound)} of the{" "}
            {e.pagesNotJudged} pages not judged
          </>
        )}
      </dd>
      <dt>Plans a yes moved</dt>
      <dd id="elusion-moved">
        {e.plansMoved.length === 0
          ? "none"
          : e.plansMoved.map((m, i) => (
              <span key={m.plan}>
                {i > 0 && "; "}
                <a href={href.plan(m.plan)}>{m.plan}</a>:{" "}
                {m.countsNow
                  ? "counts in the broad figure now"
                  : `${m.yesPages.length - m.coded} yes page${m.yesPages.length - m.coded === 1 ? "" : "s"} to code`}
              </span>
            ))}
      </dd>
    </dl>
  );
}

/** One drawn page: where it is (opening the viewer), its answer, and the buttons that answer it. */
function PageRow(props: {
  readonly p: DrawnPage;
  readonly judge: (request: ElusionJudgementRequest) => Promise<void>;
}): JSX.Element {
  const { p } = props;
  const [note, setNote] = useState("");
  const answer = (a: ElusionJudgementRequest["answer"]) =>
    props.judge({ item: p.item, answer: a, note: note.trim() });
  const where = `${fileName(p.document)} p. ${p.page}`;
  return (
    <tr
      id={`item-${p.item}`}
      class={p.answer === "yes" ? "said-yes" : undefined}
    >
      <td class="num">{p.item}</td>
      <td>
        <a href={href.plan(p.plan)}>{p.plan}</a>
      </td>
      <td>
        <a
          class="open-page"
          href={href.page(p.document, p.page, { from: "elusion" })}
          title={p.document}
        >
          {where}
        </a>
      </td>
      <td class="answer">
        {p.answer ?? "not judged"}
        {p.note != null && p.note !== "" && (
          <span class="dim judged-note">: {p.note}</span>
        )}
        {p.answer === "yes" &&
          (p.isCoded ? (
            " · coded"
          ) : (
            <>
              {" · "}
              <a href={href.page(p.document, p.page, { from: "elusion" })}>
                code the passage on the page
              </a>
            </>
          ))}
      </td>
      <td class="inline-form">
        <button
          type="button"
          class="say-yes"
          aria-label={`Yes: ${where} discusses the concept`}
          aria-pressed={p.answer === "yes"}
          onClick={() => void answer("yes")}
        >
          Yes
        </button>
        <button
          type="button"
          class="say-no"
          aria-label={`No: ${where} does not discuss the concept`}
          aria-pressed={p.answer === "no"}
          onClick={() => void answer("no")}
        >
          No
        </button>
        <input
          class="judge-note"
          aria-label={`Note for ${where} (optional)`}
          placeholder="note (optional)"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          size={18}
        />
        <button
          type="button"
          class="take-back"
          disabled={p.answer === null}
          aria-label={`Take back the answer for ${where}`}
          onClick={() => void answer("withdrawn")}
        >
          Take back
        </button>
      </td>
    </tr>
  );
}

/** The draws made before this one: the figures are this draw's only, and a reader is told of the others. */
function EarlierDraws({ e }: { readonly e: Draw }): JSX.Element {
  if (e.earlierDraws.length === 0)
    return <p id="earlier-draws">No other draw was made.</p>;
  return (
    <div id="earlier-draws">
      <p>
        {e.earlierDraws.length} earlier draw
        {e.earlierDraws.length === 1 ? "" : "s"} set aside (the figures above
        are draw {e.drawId}'s only; the report and the bundle list them too):
      </p>
      <ul>
        {e.earlierDraws.map((d) => (
          <li key={d.drawId}>
            draw {d.drawId}: seed {d.seed}, by {d.auditor} on{" "}
            {d.drawnAt.replace("T", " ").slice(0, 16)} UTC; {d.pagesDrawn} pages
            drawn, {d.pagesJudged} judged, {d.yesPages} yes
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The drawn pages, each with its answer and the buttons that answer it. */
function DrawnPages(props: {
  readonly e: Draw;
  readonly judge: (request: ElusionJudgementRequest) => Promise<void>;
}): JSX.Element {
  return (
    <div class="table-wrap">
      <table id="elusion-pages" class="grid">
        <caption class="sr-only">
          The drawn pages: does each discuss the concept?
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Item
            </th>
            <th scope="col">Plan</th>
            <th scope="col">Page</th>
            <th scope="col">Answer</th>
            <th scope="col">Does it discuss {props.e.concept}?</th>
          </tr>
        </thead>
        <tbody>
          {props.e.pages.map((p) => (
            <PageRow key={p.item} p={p} judge={props.judge} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The elusion sample (spec v2.1 point 5): without a draw, what it is and the form that makes one; with one, its
 * seed and frame, its figures, and each drawn page to judge yes or no (append-only: taking back adds a row).
 */
export function ElusionView({ api }: { readonly api: Api }): JSX.Element {
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState("");
  const key = String(version);
  const loaded = useLoad(key, () => api.elusion());
  useShown(loaded, key);
  const reread = () => setVersion((v) => v + 1);
  const judge = async (request: ElusionJudgementRequest) => {
    setProblem("");
    try {
      await api.judgeElusion(request);
      reread();
    } catch (e) {
      setProblem(reasonOf(e));
    }
  };
  const e = loaded.state === "done" ? loaded.value : null;
  return (
    <ViewFrame title="Elusion" loaded={loaded}>
      {loaded.state === "done" && e === null && (
        <>
          <FrameNote />
          <DrawForm api={api} standing={null} drawn={reread} />
        </>
      )}
      {e !== null && (
        <>
          <p id="elusion-draw">
            Draw {e.drawId}: seed <strong id="elusion-seed">{e.seed}</strong>,{" "}
            {e.size} pages asked, {e.pagesDrawn} drawn from a frame of{" "}
            {e.pagesInFrame} pages (plans counting in neither figure at{" "}
            {e.threshold} mention{e.threshold === 1 ? "" : "s"}); drawn by{" "}
            {e.auditor} on {e.drawnAt.replace("T", " ").slice(0, 16)} UTC.
          </p>
          <p class="bound-line">
            <ElusionBound elusion={e} />
          </p>
          <Figures e={e} />
          <EarlierDraws e={e} />
          <ProblemLine text={problem} />
          <DrawnPages e={e} judge={judge} />
          <h2>A new draw</h2>
          <DrawForm api={api} standing={e} drawn={reread} />
        </>
      )}
    </ViewFrame>
  );
}
