// A download made a batch at a time, so that a whole-dataset file (hundreds of MB at 100,000 statements) is never
// one string in memory: each batch is encoded to UTF-8 as it is pulled.
const encoder = new TextEncoder();

/** Streams `count` items as text; `batch(from, to)` makes the text of items [from, to). */
export function batchedTextStream(count: number, batch: (from: number, to: number) => string, batchSize = 500): ReadableStream<Uint8Array> {
  let from = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (from >= count) {
        controller.close();
        return;
      }
      const to = Math.min(count, from + batchSize);
      controller.enqueue(encoder.encode(batch(from, to)));
      from = to;
    },
  });
}
