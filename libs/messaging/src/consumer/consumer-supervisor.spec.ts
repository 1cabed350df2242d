import { ConsumerSession, ConsumerSupervisor, ConsumerSupervisorOptions } from './consumer-supervisor';
import { waitFor } from '@news/testing';

/** Just enough of a consumer session for the supervisor: it can crash, as kafkajs's consumer.crash says. */
function fakeSession(
  onCrash: (error: Error) => void,
): ConsumerSession & { crash(error: Error): void; closed: boolean } {
  const session = {
    closed: false,
    close: async () => void (session.closed = true),
    crash: (error: Error) => onCrash(error),
  };
  return session;
}

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A supervisor with quick restarts and a generous bound; a test names only what it is about. */
function supervise(
  options: Partial<ConsumerSupervisorOptions> & Pick<ConsumerSupervisorOptions, 'open'>,
): ConsumerSupervisor {
  return new ConsumerSupervisor({
    name: 'test',
    logger: quiet,
    maxDownMs: 10_000,
    onGiveUp: () => undefined,
    restartBaseMs: 1,
    restartMaxMs: 2,
    ...options,
  });
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConsumerSupervisor', () => {
  it('opens a new consumer after a non-retriable crash, closing the old one', async () => {
    const sessions: ReturnType<typeof fakeSession>[] = [];
    const supervisor = supervise({
      open: async (_signal, onCrash) => sessions[sessions.push(fakeSession(onCrash)) - 1],
    });
    await supervisor.start();
    sessions[0].crash(
      Object.assign(new Error('Failed to find group coordinator'), { name: 'KafkaJSNonRetriableError' }),
    );
    await waitFor(() => sessions.length === 2 && supervisor.liveness().state === 'running');
    expect(sessions[0].closed).toBe(true);
    expect(supervisor.liveness()).toMatchObject({ live: true, state: 'running' });
    await supervisor.stop();
    expect(sessions[1].closed).toBe(true);
  });

  it('keeps trying to open while the broker is away, and counts as live until its bound', async () => {
    let failures = 3;
    const supervisor = supervise({
      open: async (_signal, onCrash) => {
        if (failures-- > 0) throw new Error('connect ECONNREFUSED');
        return fakeSession(onCrash);
      },
    });
    await supervisor.start();
    expect(supervisor.liveness()).toMatchObject({ live: true, state: 'running', lastError: 'connect ECONNREFUSED' });
    await supervisor.stop();
  });

  it('gives up, reports not live and asks for a restart when a crash loop outlasts its bound', async () => {
    const givenUp: Error[] = [];
    const supervisor = supervise({
      open: async (_signal, onCrash) => {
        const session = fakeSession(onCrash);
        setTimeout(() => session.crash(new Error('The coordinator is loading')), 5);
        return session;
      },
      maxDownMs: 100,
      onGiveUp: (error) => void givenUp.push(error),
      restartBaseMs: 5,
      restartMaxMs: 10,
    });
    await supervisor.start();
    await waitFor(() => givenUp.length > 0);
    expect(givenUp.map((e) => e.message)).toEqual(['The coordinator is loading']);
    expect(supervisor.liveness()).toMatchObject({ live: false, state: 'failed' });
    await supervisor.stop();
  });

  it('forgets old crashes once a session has run stably', async () => {
    const sessions: ReturnType<typeof fakeSession>[] = [];
    const givenUp: Error[] = [];
    const supervisor = supervise({
      open: async (_signal, onCrash) => sessions[sessions.push(fakeSession(onCrash)) - 1],
      maxDownMs: 50,
      onGiveUp: (error) => void givenUp.push(error),
      stableAfterMs: 20,
    });
    await supervisor.start();
    sessions[0].crash(new Error('first'));
    await waitFor(() => sessions.length === 2 && supervisor.liveness().downForMs === undefined); // restarted, then ran stably
    await settle(60); // longer than maxDownMs since the first crash
    sessions[1].crash(new Error('much later'));
    await waitFor(() => sessions.length === 3 && supervisor.liveness().state === 'running');
    expect(givenUp).toEqual([]);
    expect(supervisor.liveness()).toMatchObject({ live: true, state: 'running' });
    await supervisor.stop();
  });

  it('treats a crash while opening (kafkajs: the group join failed inside run) as a failed start, not a running consumer', async () => {
    const sessions: ReturnType<typeof fakeSession>[] = [];
    const supervisor = supervise({
      open: async (_signal, onCrash) => {
        const session = fakeSession(onCrash);
        sessions.push(session);
        if (sessions.length === 1)
          session.crash(new Error('The coordinator is loading and hence cannot process requests'));
        return session;
      },
    });
    await supervisor.start();
    expect(sessions).toHaveLength(2);
    expect(sessions[0].closed).toBe(true);
    expect(supervisor.liveness()).toMatchObject({
      live: true,
      state: 'running',
      lastError: 'The coordinator is loading and hence cannot process requests',
    });
    await supervisor.stop();
  });

  it('stops without opening again when stopped while waiting to retry', async () => {
    let opens = 0;
    const supervisor = supervise({
      open: async () => {
        opens++;
        throw new Error('broker away');
      },
      maxDownMs: 60_000,
      restartBaseMs: 10_000,
      restartMaxMs: 10_000,
    });
    const started = supervisor.start();
    await settle();
    await supervisor.stop();
    await started;
    expect(opens).toBe(1);
    expect(supervisor.liveness().state).toBe('stopped');
  });
});
