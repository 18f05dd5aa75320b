/** Text with, for each of its UTF-16 code units, the raw span it came from. */
export type Normalised = {
  readonly text: string;
  /** toRaw[i] = raw index where the source of text[i] starts; toRaw[text.length] = raw length. */
  readonly toRaw: readonly number[];
  /** toRawEnd[i] = raw index just after the source of text[i] (half-open). */
  readonly toRawEnd: readonly number[];
};

/** Accumulates normalised code units with their raw spans; the one way the normalise steps write output. */
export class NormalisedBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends every code unit of `chars`, each mapped to the raw span [start, end). */
  push(chars: string, start: number, end: number): void {
    for (let i = 0; i < chars.length; i++) {
      this.parts.push(chars[i] as string);
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Appends code unit `index` of `from` with the raw span it already carries. */
  copy(from: Normalised, index: number): void {
    this.push(
      from.text[index] as string,
      from.toRaw[index] as number,
      from.toRawEnd[index] as number,
    );
  }

  build(rawLength: number): Normalised {
    return {
      text: this.parts.join(""),
      toRaw: [...this.starts, rawLength],
      toRawEnd: this.ends,
    };
  }
}
