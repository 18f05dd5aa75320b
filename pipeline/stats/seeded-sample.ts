/**
 * `size` items of `frame` drawn at random without replacement, every item equally likely, in the order drawn; the
 * whole frame (in draw order) when it holds fewer. The same seed over the same frame gives the same items: the
 * draw is a partial Fisher-Yates shuffle driven by mulberry32 (a small 32-bit generator, public domain, by Tommy
 * Ettinger), each index taken by rejection so that no item is favoured by a remainder. `seed`: 0 to 2^32 - 1.
 */
export function drawUniformSample<T>(
  frame: readonly T[],
  size: number,
  seed: number,
): T[] {
  const next = mulberry32(seed);
  const order = frame.map((_, i) => i);
  const taken = Math.min(size, order.length);
  for (let i = 0; i < taken; i++) {
    const j = i + uniformBelow(order.length - i, next);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, taken).map((i) => frame[i] as T);
}

const TWO_32 = 2 ** 32;

/** A whole number in [0, m), each equally likely: 32-bit draws past the last whole multiple of m are drawn again. */
function uniformBelow(m: number, next: () => number): number {
  const limit = TWO_32 - (TWO_32 % m);
  for (;;) {
    const u = next();
    if (u < limit) return u % m;
  }
}

/** mulberry32: 32-bit numbers (0 to 2^32 - 1) from a 32-bit seed, the same for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * The same stream as numbers in [0, 1) (Math.random cannot be seeded): what a sample of mentions to double-code
 * and the tests' fuzzing and kill times draw with.
 */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
