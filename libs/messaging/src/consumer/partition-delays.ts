/**
 * Partitions paused until a retry is due. Pausing one partition (instead of
 * sleeping inside its batch) keeps the consumer's concurrency slots free for
 * every other partition; the unresolved record is fetched again on resume.
 */
export class PartitionDelays {
  private readonly timers = new Set<NodeJS.Timeout>();

  /** `pause` is the batch payload's: it pauses that batch's partition and returns its resume. */
  pauseUntil(due: number, pause: () => () => void): void {
    const resume = pause();
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        resume();
      },
      Math.max(0, due - Date.now()),
    );
    this.timers.add(timer);
  }

  /** On a restart the new consumer starts unpaused; the old timers must not touch it. */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
