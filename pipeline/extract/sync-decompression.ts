// Installed in each extraction worker before pdf.js reads a document.
//
// Why: pdf.js inflates every Flate stream (content streams, fonts, object streams) through the web
// DecompressionStream when one exists. On Node 20 that class is a web-streams wrapper around node:zlib, and
// profiling the shared corpus showed its stream machinery (writers, queues, promise callbacks, chunk copies)
// taking about 15% of a worker's time, for streams that are a few kilobytes each. This stand-in gives pdf.js
// the same bytes from one synchronous zlib call. Only the shape pdf.js uses is provided (getWriter, ready,
// write, close, async iteration of the readable side); a stream zlib rejects still rejects, so pdf.js falls
// back to its own decoder exactly as before (it recovers truncated and damaged streams).
import { brotliDecompressSync, inflateSync } from "node:zlib";

/** Output above this is refused, so pdf.js's own decoder takes over and the worker's heap limit applies to it. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

const DECODERS: Record<string, (input: Uint8Array) => Buffer> = {
  deflate: (input) => inflateSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
  brotli: (input) =>
    brotliDecompressSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
};

/** A one-shot DecompressionStream: the bytes written before the readable side is read, decoded in one call. */
class SyncDecompressionStream {
  readonly writable: { getWriter(): SyncWriter };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    const decode = DECODERS[format];
    if (decode === undefined)
      throw new TypeError(`unsupported compression format: ${format}`);
    const chunks: Uint8Array[] = [];
    this.writable = { getWriter: () => new SyncWriter(chunks) };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        // pdf.js writes, then reads: let its write() and close() run first.
        await Promise.resolve();
        const out = decode(
          chunks.length === 1
            ? (chunks[0] as Uint8Array)
            : Buffer.concat(chunks),
        );
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
    };
  }
}

class SyncWriter {
  readonly ready = Promise.resolve();
  constructor(private readonly chunks: Uint8Array[]) {}
  write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk);
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Makes pdf.js inflate streams with one synchronous zlib call (see the note at the top). */
export function installSyncDecompression(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream =
    SyncDecompressionStream;
}
