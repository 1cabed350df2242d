import { FingerprintCandidate, MIN_SHINGLES_FOR_NEAR_MATCH, chooseDuplicateOf } from './duplicate-policy';

const LONG = 400;
const ours = { simhash: 0b1111_0000n, shingles: LONG };

function candidate(overrides: Partial<FingerprintCandidate> & { simhash: bigint }): FingerprintCandidate {
  return {
    articleId: 'c1',
    shingles: LONG,
    rootId: overrides.articleId ?? 'c1',
    rootFeed: 'wire-a',
    rootPriority: 0,
    rootReceivedAt: new Date('2018-02-13T10:00:00Z'),
    ...overrides,
  };
}

const feed = (name: string, priority = 0) => ({ name, priority });

describe('chooseDuplicateOf', () => {
  it("never suppresses a story as a copy of a lower-priority feed's, however near", () => {
    const aggregator = candidate({ simhash: ours.simhash, rootFeed: 'aggregator', rootPriority: -10 });
    expect(chooseDuplicateOf(feed('staff'), ours, [aggregator], 3)).toBeNull();
    const peer = candidate({ simhash: ours.simhash, rootFeed: 'wire-a', rootPriority: 5 });
    expect(chooseDuplicateOf(feed('staff', 10), ours, [peer], 3)).toBeNull();
    expect(chooseDuplicateOf(feed('wire-b', 5), ours, [peer], 3)).toEqual({ originalId: 'c1', distance: 0 });
  });

  it("links a new article to another feed's article within the threshold", () => {
    const match = chooseDuplicateOf(feed('wire-b'), ours, [candidate({ simhash: 0b1111_0111n })], 3);
    expect(match).toEqual({ originalId: 'c1', distance: 3 });
  });

  it('leaves it alone one bit past the threshold', () => {
    expect(chooseDuplicateOf(feed('wire-b'), ours, [candidate({ simhash: 0b1111_1111n })], 3)).toBeNull();
  });

  it("never collapses a feed's own near-copies: those are its stories or versions of them", () => {
    expect(chooseDuplicateOf(feed('wire-a'), ours, [candidate({ simhash: ours.simhash })], 3)).toBeNull();
  });

  it("judges a candidate by the original it stands for: a copy of our own feed's story stored under another feed is still ours", () => {
    const viaDuplicate = candidate({
      articleId: 'dup',
      rootId: 'ours-earlier',
      rootFeed: 'wire-b',
      simhash: ours.simhash,
    });
    expect(chooseDuplicateOf(feed('wire-b'), ours, [viaDuplicate], 3)).toBeNull();
  });

  it('names the original, never a duplicate of it, as what the new article duplicates', () => {
    const viaDuplicate = candidate({ articleId: 'dup', rootId: 'first', rootFeed: 'wire-a', simhash: ours.simhash });
    expect(chooseDuplicateOf(feed('wire-c'), ours, [viaDuplicate], 3)).toEqual({ originalId: 'first', distance: 0 });
  });

  it('picks the nearest candidate, and the earliest original among equally near ones', () => {
    const far = candidate({ articleId: 'far', simhash: 0b1111_0011n });
    const nearLate = candidate({
      articleId: 'near-late',
      simhash: 0b1111_0001n,
      rootReceivedAt: new Date('2018-02-13T11:00:00Z'),
    });
    const nearEarly = candidate({
      articleId: 'near-early',
      simhash: 0b1110_0000n,
      rootReceivedAt: new Date('2018-02-13T09:00:00Z'),
    });
    expect(chooseDuplicateOf(feed('wire-b'), ours, [far, nearLate, nearEarly], 3)).toEqual({
      originalId: 'near-early',
      distance: 1,
    });
  });

  it('asks a short text for an equal fingerprint, not a near one', () => {
    const short = { simhash: ours.simhash, shingles: MIN_SHINGLES_FOR_NEAR_MATCH - 1 };
    expect(chooseDuplicateOf(feed('wire-b'), short, [candidate({ simhash: 0b1111_0001n })], 3)).toBeNull();
    expect(chooseDuplicateOf(feed('wire-b'), short, [candidate({ simhash: ours.simhash })], 3)).toEqual({
      originalId: 'c1',
      distance: 0,
    });
    expect(chooseDuplicateOf(feed('wire-b'), ours, [candidate({ simhash: 0b1111_0001n, shingles: 5 })], 3)).toBeNull();
  });

  it('with a threshold of 0 takes only equal fingerprints', () => {
    expect(chooseDuplicateOf(feed('wire-b'), ours, [candidate({ simhash: 0b1111_0001n })], 0)).toBeNull();
    expect(chooseDuplicateOf(feed('wire-b'), ours, [candidate({ simhash: ours.simhash })], 0)).not.toBeNull();
  });
});
