/**
 * Goes to `hash` (the route changes on hashchange). `replace` keeps the history as it is, for what changes with
 * every key (a text filter), so Back leaves the view instead of undoing one letter at a time.
 */
export function navigate(hash: string, replace = false): void {
  if (hash === location.hash) return;
  if (replace) location.replace(hash);
  else location.hash = hash;
}
