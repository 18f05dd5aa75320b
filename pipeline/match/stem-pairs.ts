/**
 * Which stems stand side by side on a page, kept small: a Bloom filter of the page's adjacent stem pairs. A lexicon
 * edit adds phrases such as "integrated care" whose stems stand on most pages but next to each other on almost
 * none; a page whose filter lacks one of a phrase's pairs cannot hold the phrase, so it is not read again. The
 * filter errs only one way: it may say a pair is there when it is not (about 1% of such questions), never the
 * reverse, so a page it lets through is simply matched, as it was before the filter.
 */

/** 32-bit FNV-1a of a stem's UTF-16 code units. */
export function stemHash(stem: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++)
    h = Math.imul(h ^ stem.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One key for "stem a, then stem b" (order matters), from their stemHash values: a signed 32-bit integer. */
export function pairKey(a: number, b: number): number {
  const h = Math.imul(a ^ (b >>> 15) ^ Math.imul(b, 0x85ebca6b), 0xc2b2ae35);
  return h ^ (h >>> 13);
}

/**
 * The pair keys of a page as they are met, repeats and all: a page's pairs are mostly distinct, and sizing the
 * filter by this count spares the set that would tell them apart (a large part of matching's time).
 */
export class PairKeys {
  private keys = new Int32Array(1024);
  size = 0;

  add(key: number): void {
    if (this.size === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = key;
  }

  /** The keys met, as a view (valid until the next add). */
  view(): Int32Array {
    return this.keys.subarray(0, this.size);
  }
}

// Three bits a key and at least eight bits a key met (about ten a distinct key): 1-2% of absent pairs pass.
const BITS_PER_KEY = 8;
const PROBES = 3;
const MIN_BYTES = 8;

/** The second hash of double hashing, odd so that the probes of a key never repeat within a filter. */
const stepOf = (key: number) =>
  (Math.imul(key ^ (key >>> 16), 0x7feb352d) >>> 0) | 1;

/** The filter of the pair keys met on a page: a power-of-two number of bytes. */
export function pairFilter(met: PairKeys): Uint8Array {
  let bytes = MIN_BYTES;
  while (bytes * 8 < met.size * BITS_PER_KEY) bytes *= 2;
  const filter = new Uint8Array(bytes);
  const mask = bytes * 8 - 1;
  const keys = met.view();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    const step = stepOf(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (key + Math.imul(i, step)) & mask;
      filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7));
    }
  }
  return filter;
}

/** False only when the pair of `key` is surely not in the filter. */
export function mayHoldPair(filter: Uint8Array, key: number): boolean {
  // A filter that is not a power of two bytes long was not made by pairFilter: it proves nothing.
  if (filter.length === 0 || (filter.length & (filter.length - 1)) !== 0)
    return true;
  const mask = filter.length * 8 - 1;
  const step = stepOf(key);
  for (let i = 0; i < PROBES; i++) {
    const bit = (key + Math.imul(i, step)) & mask;
    if (((filter[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
