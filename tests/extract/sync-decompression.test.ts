import { deflateSync, brotliCompressSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import { syncDecompressionStream } from "../../pipeline/extract/sync-decompression.js";

// pdf.js's side of the contract (asyncGetBytesFromDecompressionStream): write, close, read every chunk.
async function inflateAsPdfjsDoes(
  Stream: ReturnType<typeof syncDecompressionStream>,
  format: string,
  bytes: Uint8Array,
): Promise<Buffer> {
  const { readable, writable } = new Stream(format);
  const writer = writable.getWriter();
  await writer.ready;
  void writer.write(bytes).then(async () => {
    await writer.ready;
    await writer.close();
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const Web = globalThis.DecompressionStream as unknown as Parameters<
  typeof syncDecompressionStream
>[0];
const Stream = syncDecompressionStream(Web);

describe("pdf.js's DecompressionStream stand-in", () => {
  const text = Buffer.from("BT /F1 12 Tf (social value) Tj ET\n".repeat(500));

  it("gives a content stream's bytes back", async () => {
    expect(
      await inflateAsPdfjsDoes(Stream, "deflate", deflateSync(text)),
    ).toEqual(text);
  });

  it("decodes brotli too", async () => {
    expect(
      await inflateAsPdfjsDoes(Stream, "brotli", brotliCompressSync(text)),
    ).toEqual(text);
  });

  it("hands a stream that inflates past its limit to the web DecompressionStream, with the same bytes", async () => {
    const image = Buffer.concat([
      randomBytes(1 << 20),
      Buffer.alloc(8 << 20, 7),
    ]);
    const out = await inflateAsPdfjsDoes(Stream, "deflate", deflateSync(image));
    // Buffer.equals, not toEqual: jest compares the megabytes element by element, far too slowly.
    expect(out.equals(image)).toBe(true);
  });

  it.each([
    ["a truncated stream", deflateSync(text).subarray(0, 40)],
    ["bytes that are not deflate", Buffer.from("not a deflate stream at all")],
  ])(
    "rejects %s, so that pdf.js falls back to its own decoder",
    async (_what, bytes) => {
      await expect(
        inflateAsPdfjsDoes(Stream, "deflate", bytes),
      ).rejects.toThrow();
    },
  );

  it("refuses a format it does not know when it is made, as the web class does", () => {
    expect(() => new Stream("lzw")).toThrow(TypeError);
  });
});
