import fc from "fast-check";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { packBoxes, unpackBoxes } from "../../pipeline/extract/packed-boxes.js";
import type { PageText, TextBox } from "../../pipeline/types.js";

// A worker sends its pages' text boxes as one moved buffer (packed-boxes.ts). What the main thread gets back must
// be what the worker had, down to the stored JSON: the pages table keeps JSON.stringify(boxes).

const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
  fc.constant(-0),
);
const pdfjsBox: fc.Arbitrary<TextBox> = fc.record({
  start: fc.nat(),
  end: fc.nat(),
  x: number,
  y: number,
  width: number,
  height: number,
  rotated: fc.boolean(),
});
const ocrBox: fc.Arbitrary<TextBox> = pdfjsBox.chain((box) =>
  fc
    .integer({ min: 0, max: 100 })
    .map((confidence) => ({ ...box, confidence })),
);
const page: fc.Arbitrary<PageText> = fc.record(
  {
    page: fc.integer({ min: 1, max: 500 }),
    raw: fc.string(),
    hasText: fc.boolean(),
    boxes: fc.oneof(
      fc.array(pdfjsBox, { maxLength: 20 }),
      fc.array(fc.oneof(pdfjsBox, ocrBox), { maxLength: 5 }),
    ),
    source: fc.constantFrom("ocr" as const, "picture" as const),
  },
  { requiredKeys: ["page", "raw", "hasText"] },
);

/** What crosses a MessagePort, moving the buffers as the worker does. */
function sent<T>(value: T, transfer: ArrayBuffer[]): T {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(value, transfer);
  const received = receiveMessageOnPort(port2)?.message as T;
  port1.close();
  return received;
}

test("pages come back as they were sent, boxes and their JSON included", () => {
  fc.assert(
    fc.property(fc.array(page, { maxLength: 8 }), (pages) => {
      const { pages: light, packed } = packBoxes(pages);
      const crossed = sent({ light, packed }, [
        packed.numbers.buffer,
        packed.counts.buffer,
      ]);
      const back = unpackBoxes(crossed.light, crossed.packed);
      expect(back).toEqual(pages);
      expect(back.map((p) => JSON.stringify(p.boxes))).toEqual(
        pages.map((p) => JSON.stringify(p.boxes)),
      );
    }),
    { numRuns: 500 },
  );
});

test("the boxes of pdf.js pages travel in the buffer, not as objects", () => {
  const box = {
    start: 0,
    end: 4,
    x: 72.5,
    y: 700,
    width: 20.25,
    height: 12,
    rotated: false,
  };
  const pages: PageText[] = [
    { page: 1, raw: "word", hasText: true, boxes: [box, box] },
    { page: 2, raw: "", hasText: false },
    {
      page: 3,
      raw: "scan",
      hasText: true,
      boxes: [{ ...box, confidence: 91 }],
      source: "ocr",
    },
  ];
  const { pages: light, packed } = packBoxes(pages);
  expect(light[0]).not.toHaveProperty("boxes");
  expect(light[2]?.boxes).toEqual(pages[2]?.boxes);
  expect([...packed.counts]).toEqual([2, -1, -1]);
  expect(packed.numbers.length).toBe(14);
  sent(packed, [packed.numbers.buffer]);
  expect(packed.numbers.length).toBe(0);
});
