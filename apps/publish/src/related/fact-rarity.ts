import { Rarity } from './related-score';
import { SingleFlight } from './single-flight';

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
  private readonly flight = new SingleFlight();

  constructor(
    private readonly count: () => Promise<Rarity>,
    private readonly ttlMs = RARITY_TTL_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  current(): Promise<Rarity> {
    if (this.counted && this.counted.until > this.clock()) return Promise.resolve(this.counted.rarity);
    return this.flight.run('rarity', async () => {
      const rarity = await this.count();
      this.counted = { rarity, until: this.clock() + this.ttlMs };
      return rarity;
    });
  }
}
