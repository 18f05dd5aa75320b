/**
 * `word` or its plural `many` as `n` asks: "1 page", "0 pages", "2 pages". Every printed count goes through
 * here (or counted below), so no line says "1 pages".
 */
export const plural = (n: number, word: string, many = `${word}s`): string =>
  n === 1 ? word : many;

/** `n` and its word: counted(1, "page") is "1 page", counted(3, "match", "matches") is "3 matches". */
export const counted = (n: number, word: string, many = `${word}s`): string =>
  `${n} ${plural(n, word, many)}`;
