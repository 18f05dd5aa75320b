// Installed in each extraction worker before pdf.js reads a document (a speed trick: docs/speed.md#the-tricks).
//
// Why: pdf.js inflates every Flate stream (content streams, fonts, object streams, images) through the web
// DecompressionStream when one exists. On Node 20 that class is a web-streams wrapper around node:zlib, and
// profiling the shared corpus showed its stream machinery (writers, queues, promise callbacks, chunk copies)
// among the largest costs of a worker, for streams that are mostly a few kilobytes. This stand-in gives pdf.js
// the same bytes from one synchronous zlib call. Only the shape pdf.js uses is provided (getWriter, ready,
// write, close, async iteration of the readable side). A stream zlib rejects still rejects, so pdf.js falls
// back to its own decoder exactly as before (it recovers truncated and damaged streams). A stream that
// inflates past SYNC_LIMIT_BYTES (a scanned page image) goes through the web DecompressionStream as before:
// one call would hold the whole output twice over outside the worker's heap limit, doubling peak memory.
import { brotliDecompressSync, inflateSync } from "node:zlib";

const SYNC_LIMIT_BYTES = 4 * 1024 * 1024;

type Decode = (
  input: Uint8Array,
  options: { maxOutputLength: number },
) => Buffer;
const DECODERS: Record<string, Decode> = {
  deflate: inflateSync,
  brotli: brotliDecompressSync,
};

type WebDecompressionStream = new (format: string) => {
  readonly readable: AsyncIterable<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
};

/** The same bytes through the web DecompressionStream. */
async function* throughWebStream(
  Web: WebDecompressionStream,
  format: string,
  input: Uint8Array,
): AsyncGenerator<Uint8Array> {
  const { readable, writable } = new Web(format);
  const writer = writable.getWriter();
  writer
    .write(input)
    .then(() => writer.close())
    .catch(() => undefined);
  yield* readable;
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

/** A DecompressionStream class for pdf.js: the bytes written before the readable side is read, decoded at once. */
export function syncDecompressionStream(
  Web: WebDecompressionStream | undefined,
) {
  return class SyncDecompressionStream {
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
          const input =
            chunks.length === 1
              ? (chunks[0] as Uint8Array)
              : Buffer.concat(chunks);
          let out: Buffer;
          try {
            out = decode(input, { maxOutputLength: SYNC_LIMIT_BYTES });
          } catch (error) {
            if (
              (error as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE" ||
              Web === undefined
            )
              throw error;
            yield* throughWebStream(Web, format, input);
            return;
          }
          yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
        },
      };
    }
  };
}

/** Makes pdf.js inflate streams with one synchronous zlib call (see the note at the top). */
export function installSyncDecompression(): void {
  const global = globalThis as { DecompressionStream?: unknown };
  global.DecompressionStream = syncDecompressionStream(
    global.DecompressionStream as WebDecompressionStream | undefined,
  );
}
