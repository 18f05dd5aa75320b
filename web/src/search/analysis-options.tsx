import type { JSX, TargetedEvent } from "preact";
import { useFollowedValue } from "../shared/follow-prop.js";
import {
  TAB_OPTIONS,
  type AnalysisTab,
  type TabOption,
} from "./tab-options.js";

/** A number or text box that applies its value on Enter or when it loses focus, not on every key. */
function TypedOption(props: {
  readonly option: Extract<TabOption, { kind: "number" | "text" }>;
  readonly value: string;
  readonly onSet: (value: string) => void;
}): JSX.Element {
  const { option } = props;
  const [typed, setTyped] = useFollowedValue(props.value);
  const events = {
    onInput: (e: TargetedEvent<HTMLInputElement>) =>
      setTyped(e.currentTarget.value),
    onChange: (e: TargetedEvent<HTMLInputElement>) => {
      if (e.currentTarget.checkValidity()) props.onSet(e.currentTarget.value);
    },
  };
  return option.kind === "number" ? (
    <input
      id={`option-${option.name}`}
      type="number"
      min={option.min}
      max={option.max}
      value={typed}
      {...events}
    />
  ) : (
    <input
      id={`option-${option.name}`}
      type="text"
      size={6}
      pattern={option.pattern}
      value={typed}
      {...events}
    />
  );
}

/** The control of one option, with the value the address gives (else the command's default). */
function OptionControl(props: {
  readonly option: TabOption;
  readonly value: string;
  readonly onSet: (value: string) => void;
}): JSX.Element {
  const { option, value, onSet } = props;
  if (option.kind === "flag")
    return (
      <input
        id={`option-${option.name}`}
        type="checkbox"
        checked={value === "1"}
        onChange={(e) => onSet(e.currentTarget.checked ? "1" : "0")}
      />
    );
  if (option.kind === "choice")
    return (
      <select
        id={`option-${option.name}`}
        value={value}
        onChange={(e) => onSet(e.currentTarget.value)}
      >
        {option.choices.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    );
  return <TypedOption option={option} value={value} onSet={onSet} />;
}

/**
 * The options of a tab's command (window, minimum count, measure, cluster size, ...), each as the command line
 * offers it; a change goes into the address, so the table, its downloads and a bookmark follow it.
 */
export function AnalysisOptions(props: {
  readonly tab: AnalysisTab;
  readonly options: Readonly<Record<string, string>>;
  readonly onOptions: (options: Record<string, string>) => void;
}): JSX.Element {
  const set = (option: TabOption, value: string) => {
    const next: Record<string, string> = { ...props.options };
    if (value === option.fallback) delete next[option.name];
    else next[option.name] = value;
    props.onOptions(next);
  };
  const options: readonly TabOption[] = TAB_OPTIONS[props.tab];
  return (
    <fieldset class="filters analysis-options">
      <legend class="sr-only">Options of the {props.tab} table</legend>
      {options.map((o) => {
        const value = props.options[o.name] ?? o.fallback;
        const control = (
          <OptionControl option={o} value={value} onSet={(v) => set(o, v)} />
        );
        return (
          <label key={o.name} title={`stp-scan ${props.tab} ${o.flag}`}>
            {o.kind === "flag" ? control : null}
            {o.label}
            {o.kind === "flag" ? null : <> {control}</>}
          </label>
        );
      })}
    </fieldset>
  );
}
