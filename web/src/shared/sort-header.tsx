import type { JSX } from "preact";

/**
 * A column heading that sorts its table: a button (reached by Tab, pressed by Enter or Space) and the
 * column's aria-sort, so the order is told to screen readers, not by an arrow alone.
 */
export function SortHeader(props: {
  readonly label: string;
  readonly column: string;
  readonly sortedBy: string;
  readonly descending: boolean;
  readonly onSort: (column: string, descending: boolean) => void;
  readonly numeric?: boolean;
}): JSX.Element {
  const active = props.sortedBy === props.column;
  return (
    <th
      scope="col"
      class={props.numeric === true ? "num" : undefined}
      aria-sort={
        active ? (props.descending ? "descending" : "ascending") : "none"
      }
    >
      <button
        type="button"
        class="sort"
        data-column={props.column}
        onClick={() =>
          props.onSort(
            props.column,
            active ? !props.descending : props.numeric === true,
          )
        }
      >
        {props.label}
        <span aria-hidden="true">
          {active ? (props.descending ? " ▼" : " ▲") : ""}
        </span>
      </button>
    </th>
  );
}
