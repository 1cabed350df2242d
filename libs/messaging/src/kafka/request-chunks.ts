/**
 * The broker refuses a record batch over its message.max.bytes (1 MiB by
 * default), and a refusal is not retriable: one oversized request would stall
 * its sender for good. Senders split what they send into requests under this.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;

/**
 * Consecutive runs of items whose summed size stays under `maxBytes` (a single
 * larger item goes alone). Kafka records are measured with recordBytes.
 */
export function chunkBySize<T>(items: T[], sizeOf: (item: T) => number, maxBytes = MAX_REQUEST_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
