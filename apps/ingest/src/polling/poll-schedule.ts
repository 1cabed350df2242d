import { PolledFeed } from './poll-feeds-config';

export interface PollTimers {
  setTimeout(run: () => void, ms: number): { unref?(): unknown };
  clearTimeout(timer: unknown): void;
}

/** The first poll comes within this of start-up (or within the interval, if shorter), spread so feeds do not all fire at once. */
const FIRST_POLL_SPREAD_MS = 10_000;
/** Each interval is stretched or shrunk by up to this share, so feeds drift apart instead of hitting servers in step. */
const JITTER = 0.1;

/**
 * Polls each feed on its own timer. A feed's next poll is set only when its
 * previous one has finished, so polls of one feed never overlap however
 * slow the server; feeds run independently of each other.
 */
export class PollSchedule<R> {
  private readonly timers = new Map<string, unknown>();
  private readonly inFlight = new Map<string, Promise<R>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly poll: (feed: PolledFeed, signal: AbortSignal) => Promise<R>,
    private readonly random: () => number = Math.random,
    private readonly clock: PollTimers = {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
    },
  ) {}

  start(feeds: readonly PolledFeed[]): void {
    for (const feed of feeds)
      this.schedule(feed, this.random() * Math.min(FIRST_POLL_SPREAD_MS, feed.intervalSeconds * 1000));
  }

  /** Polls now, or joins the poll already running for that feed. */
  pollNow(feed: PolledFeed): Promise<R> {
    const running = this.inFlight.get(feed.feed);
    if (running) return running;
    const poll = this.poll(feed, this.stopping.signal).finally(() => this.inFlight.delete(feed.feed));
    this.inFlight.set(feed.feed, poll);
    return poll;
  }

  /** No new polls; fetches in flight are aborted; an accept in flight is awaited (the database is still open). */
  async stop(): Promise<void> {
    this.stopping.abort();
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** The gap before the next poll: the interval, ±10%. */
  nextDelayMs(feed: PolledFeed): number {
    return feed.intervalSeconds * 1000 * (1 - JITTER + 2 * JITTER * this.random());
  }

  private schedule(feed: PolledFeed, delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    const timer = this.clock.setTimeout(() => {
      this.timers.delete(feed.feed);
      void this.pollNow(feed)
        .catch(() => undefined) // a poll reports its own failures; the schedule only keeps time
        .then(() => this.schedule(feed, this.nextDelayMs(feed)));
    }, delayMs);
    timer.unref?.();
    this.timers.set(feed.feed, timer);
  }
}
