import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Feed } from './feed.entity';

/**
 * How long a feed read for a request is reused. Every post reads its feed,
 * and this takes that round trip off all but one post in this time. A change
 * made through this process (the admin API) drops the entry at once; one
 * made by another process (npm run feeds, another replica) is seen within
 * this long, so a disabled feed or a rotated-out key may post for at most
 * this long after the change.
 */
export const FEED_LOOKUP_TTL_MS = 2000;

/** The feeds table, nothing more: the rules are in the use cases. */
@Injectable()
export class FeedsRepository {
  private readonly feeds: Repository<Feed>;
  /** Only feeds that exist: the entries are bounded by the feeds table, whatever names requests make up. */
  private readonly recent = new Map<string, { feed: Feed; until: number }>();

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.feeds = dataSource.getRepository(Feed);
  }

  find(name: string): Promise<Feed | null> {
    return this.feeds.findOneBy({ name });
  }

  /** find(), reused for FEED_LOOKUP_TTL_MS: for admitting requests, not for changing a feed. */
  async findForRequest(name: string, now = Date.now()): Promise<Feed | null> {
    const hit = this.recent.get(name);
    if (hit && hit.until > now) return hit.feed;
    const feed = await this.find(name);
    if (feed) this.recent.set(name, { feed, until: now + FEED_LOOKUP_TTL_MS });
    else this.recent.delete(name);
    return feed;
  }

  list(): Promise<Feed[]> {
    return this.feeds.find({ order: { name: 'ASC' } });
  }

  /** false when a feed of that name already exists. */
  async insert(feed: Feed): Promise<boolean> {
    this.recent.delete(feed.name);
    const result = await this.feeds.createQueryBuilder().insert().values(feed).orIgnore().returning(['name']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** false when no feed has that name. */
  async update(name: string, changes: Partial<Omit<Feed, 'name' | 'createdAt'>>): Promise<boolean> {
    this.recent.delete(name);
    const result = await this.feeds.update({ name }, changes);
    return (result.affected ?? 0) > 0;
  }
}
