import { useEffect, useRef, useState } from "preact/hooks";

/**
 * A field's value that the user edits and that follows `value` when it changes (a new address, a new answer), but
 * not when the field first appears: an effect run then would put `value` back over what was typed meanwhile.
 */
export function useFollowedValue<T>(value: T): [T, (next: T) => void] {
  const [current, setCurrent] = useState(value);
  const followed = useRef(value);
  useEffect(() => {
    if (Object.is(followed.current, value)) return;
    followed.current = value;
    setCurrent(value);
  }, [value]);
  return [current, setCurrent];
}
