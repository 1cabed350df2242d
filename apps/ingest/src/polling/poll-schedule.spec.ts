import { PollSchedule } from './poll-schedule';
import { PolledFeed } from './poll-feeds-config';

const A: PolledFeed = { feed: 'a', url: 'http://feeds.test/a', intervalSeconds: 60, timeoutSeconds: 10 };
const B: PolledFeed = { feed: 'b', url: 'http://feeds.test/b', intervalSeconds: 5, timeoutSeconds: 5 };

/** A poll that finishes when the test says so. */
class ControlledPolls {
  readonly started: string[] = [];
  private readonly finishers: (() => void)[] = [];
  readonly poll = (feed: PolledFeed) =>
    new Promise<string>((resolve) => {
      this.started.push(feed.feed);
      this.finishers.push(() => resolve(feed.feed));
    });
  finishAll(): void {
    this.finishers.splice(0).forEach((finish) => finish());
  }
}

describe('PollSchedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('polls each feed first within 10 s (or its interval), spread by jitter', async () => {
    const polls = new ControlledPolls();
    const schedule = new PollSchedule(polls.poll, () => 0.5);
    schedule.start([A, B]);
    await jest.advanceTimersByTimeAsync(2_499);
    expect(polls.started).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(polls.started).toEqual(['b']); // half of B's 5 s interval
    await jest.advanceTimersByTimeAsync(2_500);
    expect(polls.started).toEqual(['b', 'a']); // half of the 10 s spread
    polls.finishAll();
    await schedule.stop();
  });

  it('never starts a second poll of a feed while the first is still running, then waits a full interval', async () => {
    const polls = new ControlledPolls();
    const schedule = new PollSchedule(polls.poll, () => 0.5);
    schedule.start([B]);
    await jest.advanceTimersByTimeAsync(2_500);
    expect(polls.started).toEqual(['b']);
    await jest.advanceTimersByTimeAsync(60_000); // the server is slow
    expect(polls.started).toEqual(['b']);
    polls.finishAll();
    await jest.advanceTimersByTimeAsync(4_999);
    expect(polls.started).toEqual(['b']);
    await jest.advanceTimersByTimeAsync(1);
    expect(polls.started).toEqual(['b', 'b']);
    polls.finishAll();
    await schedule.stop();
  });

  it('jitters each interval by at most 10%', () => {
    const at = (r: number) =>
      new PollSchedule(
        async () => undefined,
        () => r,
      ).nextDelayMs(A);
    expect(at(0)).toBe(54_000);
    expect(at(0.5)).toBe(60_000);
    expect(at(1)).toBe(66_000);
  });

  it('joins a poll in flight instead of starting another', async () => {
    const polls = new ControlledPolls();
    const schedule = new PollSchedule(polls.poll, () => 0.5);
    const first = schedule.pollNow(A);
    const second = schedule.pollNow(A);
    expect(polls.started).toEqual(['a']);
    polls.finishAll();
    expect(await first).toBe('a');
    expect(await second).toBe('a');
  });

  it('schedules nothing more once stopped, and tells polls in flight to stop', async () => {
    let signal: AbortSignal | undefined;
    const polls = new ControlledPolls();
    const schedule = new PollSchedule(
      (feed, s) => {
        signal = s;
        return polls.poll(feed);
      },
      () => 0,
    );
    schedule.start([A]);
    await jest.advanceTimersByTimeAsync(0);
    expect(polls.started).toEqual(['a']);
    const stopped = schedule.stop();
    expect(signal?.aborted).toBe(true);
    polls.finishAll();
    await stopped;
    await jest.advanceTimersByTimeAsync(600_000);
    expect(polls.started).toEqual(['a']);
  });
});
