/** Levenshtein distance between two strings, in two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution =
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          substitution,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `names` nearest `wanted` first (fewest edits, case-insensitive), ties in alphabetical order. */
export function nearestFirst(
  wanted: string,
  names: readonly string[],
): string[] {
  const w = wanted.toLowerCase();
  return names
    .map((name) => ({ name, distance: editDistance(w, name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .map((n) => n.name);
}

/** The one name a typo most likely meant (two letters or a third of them wrong at most), or null. */
export function likelyMeant(
  wanted: string,
  names: readonly string[],
): string | null {
  const best = nearestFirst(wanted, names)[0];
  if (best === undefined) return null;
  const distance = editDistance(wanted.toLowerCase(), best.toLowerCase());
  return distance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}
