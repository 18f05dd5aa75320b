/** Text with, for each of its UTF-16 code units, the raw span it came from. */
export type Normalised = {
  readonly text: string;
  /** toRaw[i] = raw index where the source of text[i] starts; toRaw[text.length] = raw length. */
  readonly toRaw: Int32Array;
  /** toRawEnd[i] = raw index just after the source of text[i] (half-open). */
  readonly toRawEnd: Int32Array;
  /**
   * The compound reading only (spec §Normalisation 4): where each line-end hyphen it kept stands in `text`, in
   * order. Away from them its tokens are the joined reading's, with the same raw spans.
   */
  readonly junctions?: readonly number[];
};

/**
 * Accumulates normalised text with the raw span of each code unit; the one way the normalise steps write
 * output. Typed arrays and string slices keep it fast: matching must run at several MB of text a second.
 */
export class NormalisedBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  /** Code units written so far; with offsets, also how much of `starts` and `ends` is filled. */
  private length = 0;

  /** `offsets` false: only the text is built, and the result's toRaw and toRawEnd are empty. */
  constructor(
    capacity: number,
    private readonly offsets = true,
  ) {
    const size = offsets ? Math.max(16, capacity) : 0;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** Counts `n` more code units; returns where they start, with room for them in `starts` and `ends` if kept. */
  private append(n: number): number {
    const at = this.length;
    this.length += n;
    if (!this.offsets || this.length <= this.starts.length) return at;
    const size = Math.max(this.starts.length * 2, this.length);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, at));
    ends.set(this.ends.subarray(0, at));
    this.starts = starts;
    this.ends = ends;
    return at;
  }

  /** Appends every code unit of `chars`, each mapped to the raw span [start, end). */
  push(chars: string, start: number, end: number): void {
    this.parts.push(chars);
    const at = this.append(chars.length);
    if (!this.offsets) return;
    for (let i = 0; i < chars.length; i++) {
      this.starts[at + i] = start;
      this.ends[at + i] = end;
    }
  }

  /** Appends raw[from, to) unchanged: each code unit maps to itself. */
  pushRaw(raw: string, from: number, to: number): void {
    this.parts.push(raw.slice(from, to));
    const at = this.append(to - from);
    if (!this.offsets) return;
    for (let i = from; i < to; i++) {
      this.starts[at + i - from] = i;
      this.ends[at + i - from] = i + 1;
    }
  }

  /** Appends code units [from, to) of an earlier normalised text with the raw spans they carry. */
  copy(source: Normalised, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(source.text.slice(from, to));
    const at = this.append(to - from);
    if (!this.offsets) return;
    this.starts.set(source.toRaw.subarray(from, to), at);
    this.ends.set(source.toRawEnd.subarray(from, to), at);
  }

  build(rawLength: number, junctions?: readonly number[]): Normalised {
    const text = this.parts.join("");
    const marked = junctions === undefined ? {} : { junctions };
    if (!this.offsets)
      return {
        text,
        toRaw: new Int32Array(0),
        toRawEnd: new Int32Array(0),
        ...marked,
      };
    const toRaw = new Int32Array(this.length + 1);
    toRaw.set(this.starts.subarray(0, this.length));
    toRaw[this.length] = rawLength;
    return {
      text,
      toRaw,
      toRawEnd: this.ends.slice(0, this.length),
      ...marked,
    };
  }

  /** Code units written so far: where the next one will stand in the text. */
  get written(): number {
    return this.length;
  }
}
