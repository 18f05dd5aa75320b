import type { JSX } from "preact";

/**
 * A row of tabs (WAI-ARIA tabs pattern): the selected one is the only Tab stop, the arrow keys move between
 * them, and each names the panel it controls.
 */
export function Tabs<T extends string>(props: {
  readonly tabs: readonly T[];
  readonly names: Readonly<Record<T, string>>;
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
  readonly label: string;
}): JSX.Element {
  const { tabs } = props;
  const onKey = (e: KeyboardEvent) => {
    const at = tabs.indexOf(props.selected);
    const by = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    const next = tabs[(at + by + tabs.length) % tabs.length];
    if (next !== undefined) {
      props.onSelect(next);
      requestAnimationFrame(() =>
        document.getElementById(`tab-${next}`)?.focus(),
      );
    }
  };
  return (
    <div role="tablist" aria-label={props.label} class="tabs" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`tab-${t}`}
          aria-selected={t === props.selected}
          aria-controls="tab-panel"
          tabIndex={t === props.selected ? 0 : -1}
          onClick={() => props.onSelect(t)}
        >
          {props.names[t]}
        </button>
      ))}
    </div>
  );
}
