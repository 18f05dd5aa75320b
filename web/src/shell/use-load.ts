import { useEffect, useState } from "preact/hooks";

/** What a view has read: nothing yet, the value, or why it failed (one line). */
export type Loaded<T> =
  | { readonly state: "loading" }
  | { readonly state: "done"; readonly value: T; readonly key: string }
  | { readonly state: "failed"; readonly error: string };

/**
 * Reads `read()` whenever `key` changes, keeping the last value shown while the next is read; an answer
 * overtaken by a later key is dropped.
 */
export function useLoad<T>(key: string, read: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    read().then(
      (value) => {
        if (current) setLoaded({ state: "done", value, key });
      },
      (error: unknown) => {
        if (current)
          setLoaded({
            state: "failed",
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded;
}
