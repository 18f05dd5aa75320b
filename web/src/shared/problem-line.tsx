import type { JSX } from "preact";

/** Why the last action failed, one line read out at once (an alert); nothing when it did not. */
export function ProblemLine({
  text,
}: {
  readonly text: string;
}): JSX.Element | null {
  return text === "" ? null : (
    <p class="problem" role="alert">
      {text}
    </p>
  );
}
