import type { JSX } from "preact";
import type { StatisticReportJson } from "../../../pipeline/serve/api-types.js";
import { ElusionBound } from "../shared/elusion-bound.js";
import { intervalText, percent } from "../shared/format.js";
import { href } from "../shell/route.js";

/**
 * The broad statistic beside the headline figure (spec v2.1 point 4), set apart so that nobody reads one for the
 * other: what it counts, the plans it adds, and what the latest elusion draw says may still be missed.
 */
export function BroadFigure({
  figure,
}: {
  readonly figure: StatisticReportJson;
}): JSX.Element {
  const b = figure.broad;
  const e = figure.elusion;
  return (
    <div class="figure broad" id="broad">
      <p class="broad-line">
        <span class="tag broad-tag">broad</span> Plans that discuss social value
        (broad):{" "}
        <strong id="broad-figure">
          {b.numerator} of {b.denominator}
        </strong>{" "}
        ({percent(b.share)}; {intervalText(b.interval)})
      </p>
      <p class="dim">
        Headline mentions not rejected, plus passages coded by analysts (
        {b.codedPassages === 1
          ? "1 coded passage counts"
          : `${b.codedPassages} coded passages count`}{" "}
        now). The headline figure above never counts coded passages.
      </p>
      <p id="broad-added">
        {b.plansBeyondHeadline.length === 0 ? (
          <>
            No plan counts only because of a coded passage yet. Pages to read
            and code first: <a href={href.candidates()}>candidates</a>.
          </>
        ) : (
          <>
            Plans it adds beyond the headline:{" "}
            {b.plansBeyondHeadline.map((plan, i) => (
              <span key={plan}>
                {i > 0 && ", "}
                <a href={href.plan(plan)}>{plan}</a>
              </span>
            ))}
            .
          </>
        )}
      </p>
      <p id="broad-elusion">
        {e === null ? (
          <>
            What is still missed is not bounded yet:{" "}
            <a href={href.elusion()}>draw an elusion sample</a>.
          </>
        ) : (
          <>
            <a href={href.elusion()}>Elusion</a>: <ElusionBound elusion={e} />
          </>
        )}
      </p>
    </div>
  );
}
