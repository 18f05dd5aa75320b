/**
 * A seeded stream of numbers in [0, 1): the same seed gives the same stream on every machine and Node version
 * (Math.random cannot be seeded). Mulberry32, a 32-bit generator by Tommy Ettinger (public domain,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): small, fast, and ample for drawing
 * samples of a few thousand mentions; it is not for cryptography.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
