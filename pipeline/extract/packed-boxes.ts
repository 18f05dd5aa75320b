import type { PageText, TextBox } from "../types.js";

/**
 * A document's text boxes as they cross from a worker to the main thread: seven numbers a box in one buffer,
 * which is moved, not copied. Structured-cloning them as objects cost many times more to send and to read back
 * than packing them does (a speed trick: docs/speed.md#the-tricks).
 * `counts[i]` is how many boxes of `numbers` are page i's, or -1 when page i kept its own: none at all,
 * or OCR words, whose confidence is an eighth field that only some boxes have.
 */
export type PackedBoxes = {
  readonly numbers: Float64Array<ArrayBuffer>;
  readonly counts: Int32Array<ArrayBuffer>;
};

const FIELDS = 7;

/** True for a box pdfjs.ts made: the seven fields and no confidence. */
const plain = (box: TextBox) => box.confidence === undefined;

/** The pages without the boxes that go into the buffer, and the buffer. */
export function packBoxes(pages: readonly PageText[]): {
  readonly pages: PageText[];
  readonly packed: PackedBoxes;
} {
  const counts = new Int32Array(pages.length).fill(-1);
  let total = 0;
  pages.forEach((page, i) => {
    if (page.boxes === undefined || !page.boxes.every(plain)) return;
    counts[i] = page.boxes.length;
    total += page.boxes.length;
  });
  const numbers = new Float64Array(total * FIELDS);
  let at = 0;
  const kept = pages.map((page, i) => {
    if (counts[i] === -1) return page;
    for (const b of page.boxes as readonly TextBox[]) {
      numbers[at++] = b.start;
      numbers[at++] = b.end;
      numbers[at++] = b.x;
      numbers[at++] = b.y;
      numbers[at++] = b.width;
      numbers[at++] = b.height;
      numbers[at++] = b.rotated ? 1 : 0;
    }
    const { boxes: _moved, ...rest } = page;
    return rest;
  });
  return { pages: kept, packed: { numbers, counts } };
}

/** The pages with their boxes back as objects, their fields in the order pdfjs.ts writes them. */
export function unpackBoxes(
  pages: readonly PageText[],
  packed: PackedBoxes,
): PageText[] {
  const { numbers, counts } = packed;
  let at = 0;
  return pages.map((page, i) => {
    const count = counts[i] ?? -1;
    if (count === -1) return page;
    const boxes = new Array<TextBox>(count);
    for (let k = 0; k < count; k++, at += FIELDS) {
      boxes[k] = {
        start: numbers[at] as number,
        end: numbers[at + 1] as number,
        x: numbers[at + 2] as number,
        y: numbers[at + 3] as number,
        width: numbers[at + 4] as number,
        height: numbers[at + 5] as number,
        rotated: numbers[at + 6] === 1,
      };
    }
    return { ...page, boxes };
  });
}
