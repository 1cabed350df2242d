import { LINK_WINDOW_MS } from '../../translations/original-choice';
import { LINK_BUCKET_MS, intakeLocks, linkBuckets } from './intake-locks';

const AT = new Date('2018-02-13T09:56:59Z');
const facts = {
  feed: 'smart',
  simhash: 0x0004_0003_0002_0001n,
  publishedAt: AT,
  linkLanguage: 'ar',
  namedIds: ['a'.repeat(32)],
};

describe('intakeLocks', () => {
  it('takes one lock per band, per window bucket and per named original, in one global order', () => {
    const locks = intakeLocks(facts);
    expect(locks.slice(-4).map((l) => l.key)).toEqual([1, 2, 3, 4]);
    expect(locks.length).toBe(4 + 1 + linkBuckets(AT).length);
    const order = locks.map((l) => [l.namespace, l.key]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    for (const lock of locks) {
      expect(Number.isInteger(lock.namespace) && lock.namespace < 2 ** 31).toBe(true);
      expect(Number.isInteger(lock.key) && lock.key >= -(2 ** 31) && lock.key < 2 ** 31).toBe(true);
    }
  });

  it('gives two near-identical posts from different feeds a lock in common', () => {
    const first = intakeLocks({ ...facts, feed: 'smart' });
    const second = intakeLocks({
      ...facts,
      feed: 'wire-b',
      simhash: facts.simhash ^ 0b101n ^ (1n << 40n),
      publishedAt: new Date('2019-01-01'),
    });
    expect(first.some((a) => second.some((b) => a.namespace === b.namespace && a.key === b.key))).toBe(true);
  });

  it('gives two articles of one feed and source language published within the window of each other a window bucket in common', () => {
    for (const base of [0, 59_000, LINK_BUCKET_MS - 1, LINK_BUCKET_MS]) {
      for (let offset = -LINK_WINDOW_MS; offset <= LINK_WINDOW_MS; offset += 7_000) {
        const t = new Date(AT.getTime() + base);
        const s = new Date(t.getTime() + offset);
        const shared = linkBuckets(s).filter((bucket) => linkBuckets(t).includes(bucket));
        expect(shared.length).toBeGreaterThan(0);
      }
    }
  });

  it('keys window buckets by feed and language, so other feeds and languages do not wait', () => {
    const bucketLocks = (feed: string, linkLanguage: string) =>
      intakeLocks({ ...facts, feed, linkLanguage, namedIds: [] }).slice(0, -4);
    expect(bucketLocks('smart', 'ar')).not.toEqual(bucketLocks('wire-b', 'ar'));
    expect(bucketLocks('smart', 'ar')).not.toEqual(bucketLocks('smart', 'en'));
  });

  it('touches at most two buckets for a window', () => {
    for (let ms = 0; ms < 2 * LINK_BUCKET_MS; ms += 13_000)
      expect(linkBuckets(new Date(AT.getTime() + ms)).length).toBeLessThanOrEqual(2);
  });
});
