import { FactRarity } from './fact-rarity';

function counter() {
  let counts = 0;
  const count = jest.fn(async () => ({ counts: new Map([['place:idlib', ++counts]]), total: counts }));
  return count;
}

describe('FactRarity', () => {
  it('counts once for the lookups within its time, however many ask at once', async () => {
    const count = counter();
    let now = 0;
    const rarity = new FactRarity(count, 60_000, () => now);

    const [a, b] = await Promise.all([rarity.current(), rarity.current()]);
    now = 59_999;
    const c = await rarity.current();

    expect(count).toHaveBeenCalledTimes(1);
    expect([a.total, b.total, c.total]).toEqual([1, 1, 1]);
  });

  it('counts again once its time is up', async () => {
    const count = counter();
    let now = 0;
    const rarity = new FactRarity(count, 60_000, () => now);
    await rarity.current();

    now = 60_000;

    expect((await rarity.current()).total).toBe(2);
  });

  it('keeps nothing from a count that failed: the next lookup counts again', async () => {
    const count = jest
      .fn()
      .mockRejectedValueOnce(new Error('connection lost'))
      .mockResolvedValue({ counts: new Map(), total: 7 });
    const rarity = new FactRarity(count, 60_000, () => 0);

    await expect(rarity.current()).rejects.toThrow('connection lost');
    expect((await rarity.current()).total).toBe(7);
  });
});
