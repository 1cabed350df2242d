import { Rarity } from './related-score';

/** How long one count of the archive's facts is used: rarity weights drift slowly, the count costs a table scan. */
export const RARITY_TTL_MS = 60_000;

/**
 * How rare each fact is across the published archive, for related-news
 * scoring. Counting means unnesting every article's facts (100 ms at a few
 * thousand articles, and growing with the archive), so it is done at most
 * once a minute per process and shared by every lookup, concurrent ones
 * included; a weight can lag the archive by that long, which moves a score
 * a little, never a candidate in or out.
 */
export class FactRarity {
  private counted?: { rarity: Rarity; until: number };
  private counting?: Promise<Rarity>;

  constructor(
    private readonly count: () => Promise<Rarity>,
    private readonly ttlMs = RARITY_TTL_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  current(): Promise<Rarity> {
    if (this.counted && this.counted.until > this.clock()) return Promise.resolve(this.counted.rarity);
    this.counting ??= this.count()
      .then((rarity) => {
        this.counted = { rarity, until: this.clock() + this.ttlMs };
        return rarity;
      })
      .finally(() => (this.counting = undefined));
    return this.counting;
  }
}
