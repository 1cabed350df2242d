/**
 * Remembered results that forget everything once there are `limit` of them:
 * enrich runs for weeks, and the names, words and publish days it sees keep
 * changing. Clearing at once costs one slow story; an LRU would cost every one.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}
