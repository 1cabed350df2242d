import { infrastructureSnapshot, infrastructureUse, machineBusySeconds } from './infrastructure-cpu';

describe('infrastructureUse', () => {
  it('counts a process alive at both ends by its difference and one started since by all it used', () => {
    const before = { Postgres: { 10: 5, 11: 1 }, Redis: { 20: 2 } };
    const after = { Postgres: { 10: 7, 11: 1.5, 12: 0.5 }, Redis: { 20: 2.25 } };
    expect(infrastructureUse(before, after, 100)).toEqual({
      Postgres: { seconds: 3, msPerArticle: 30 },
      Redis: { seconds: 0.25, msPerArticle: 2.5 },
    });
  });

  it('reports no per-article cost when nothing was published', () => {
    expect(infrastructureUse({ Redis: { 1: 1 } }, { Redis: { 1: 2 } }, 0)).toEqual({
      Redis: { seconds: 1, msPerArticle: 0 },
    });
  });
});

describe('machineBusySeconds', () => {
  it('grows at least by what this process spent meanwhile', () => {
    const before = machineBusySeconds();
    const own = process.cpuUsage();
    const until = Date.now() + 300;
    while (Date.now() < until);
    const spent = process.cpuUsage(own);
    // /proc counts in 10 ms ticks: allow two at each end.
    expect(machineBusySeconds() - before).toBeGreaterThanOrEqual((spent.user + spent.system) / 1e6 - 0.04);
  });
});

describe('infrastructureSnapshot', () => {
  it('names every group, each a map of pid to CPU seconds', () => {
    const snapshot = infrastructureSnapshot();
    expect(Object.keys(snapshot).sort()).toEqual(['Kafka broker', 'Postgres', 'Redis']);
    for (const pids of Object.values(snapshot))
      for (const seconds of Object.values(pids)) expect(seconds).toBeGreaterThanOrEqual(0);
  });
});
