import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Feed } from './feed.entity';

/** The feeds table, nothing more: the rules are in the use cases. */
@Injectable()
export class FeedsRepository {
  private readonly feeds: Repository<Feed>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.feeds = dataSource.getRepository(Feed);
  }

  find(name: string): Promise<Feed | null> {
    return this.feeds.findOneBy({ name });
  }

  list(): Promise<Feed[]> {
    return this.feeds.find({ order: { name: 'ASC' } });
  }

  /** false when a feed of that name already exists. */
  async insert(feed: Feed): Promise<boolean> {
    const result = await this.feeds.createQueryBuilder().insert().values(feed).orIgnore().returning(['name']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** false when no feed has that name. */
  async update(name: string, changes: Partial<Omit<Feed, 'name' | 'createdAt'>>): Promise<boolean> {
    const result = await this.feeds.update({ name }, changes);
    return (result.affected ?? 0) > 0;
  }
}
