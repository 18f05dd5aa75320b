import type { ComponentChildren, JSX } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { markBody } from "../test-marks.js";
import type { Loaded } from "./use-load.js";

/**
 * A view's frame: its heading (focused when the view opens, so a keyboard or screen reader user starts there),
 * and, until its data is read, a line saying it is being read or why it failed.
 */
export function ViewFrame(props: {
  readonly title: string;
  readonly loaded: Loaded<unknown>;
  readonly children?: ComponentChildren;
  /** Controls beside the heading. */
  readonly tools?: ComponentChildren;
}): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · stp-scan`;
    heading.current?.focus({ preventScroll: true });
  }, [props.title]);
  const { loaded } = props;
  return (
    <section class="view" aria-labelledby="view-title">
      <div class="view-head">
        <h1 id="view-title" tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
        {props.tools}
      </div>
      {loaded.state === "failed" && (
        <p class="problem" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.state === "loading" && <p class="loading">Reading…</p>}
      {props.children}
    </section>
  );
}

/**
 * Marks the view as shown (`body[data-shown]` = its address) once `loaded` holds the data of `key` and the
 * view has drawn it; `shownAs` is what else the screen depends on (filters, a sort), so a change of those marks
 * it again.
 */
export function useShown(
  loaded: Loaded<unknown>,
  key: string,
  shownAs = "",
): void {
  const done = loaded.state === "done" && loaded.key === key;
  useEffect(() => {
    if (done) markBody("shown", location.hash);
  }, [done, key, shownAs]);
}
