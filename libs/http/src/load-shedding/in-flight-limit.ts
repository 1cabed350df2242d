/** Hands back the slot it was given; a second call does nothing. */
export type Release = () => void;

/**
 * A bound on the requests a process works on at once. A request that finds
 * every slot taken is refused at once rather than queued: a queue that grows
 * without bound holds bodies in memory and answers everyone late, where a
 * quick 503 lets the sender retry against a process that has caught up.
 */
export class InFlightLimit {
  private taken = 0;

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError(`the in-flight limit must be an integer >= 1, got ${max}`);
  }

  get inFlight(): number {
    return this.taken;
  }

  /** A slot and the function that frees it, or null when all `max` are taken. */
  tryEnter(): Release | null {
    if (this.taken >= this.max) return null;
    this.taken++;
    let released = false;
    // Idempotent: a response both finishes and closes, and each may call this.
    return () => {
      if (released) return;
      released = true;
      this.taken--;
    };
  }
}
