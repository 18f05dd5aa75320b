import type { JSX } from "preact";

/** The buttons to the rows before and after one page of a long list, and which rows it shows. */
export function Pager(props: {
  /** 0-based index of the page's first row. */
  readonly offset: number;
  readonly shown: number;
  readonly total: number;
  readonly pageRows: number;
  readonly turn: (offset: number) => void;
  /** Prefix of the ids of its parts (`rows` -> rows-prev, rows-range, rows-next). */
  readonly id: string;
}): JSX.Element {
  const { offset, total, pageRows } = props;
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + props.shown;
  return (
    <p class="pager">
      <button
        type="button"
        id={`${props.id}-prev`}
        disabled={offset === 0}
        onClick={() => props.turn(Math.max(0, offset - pageRows))}
      >
        Previous {pageRows}
      </button>{" "}
      <span id={`${props.id}-range`}>{`${first}-${last} of ${total}`}</span>{" "}
      <button
        type="button"
        id={`${props.id}-next`}
        disabled={last >= total}
        onClick={() => props.turn(offset + pageRows)}
      >
        Next {pageRows}
      </button>
    </p>
  );
}
