import type { JSX } from "preact";

/** Why a request failed, in the server's words, without the address it went to. */
export const reasonOf = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).replace(/^\/api\/\S*: /, "");

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
