import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArticleEvent } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { StageOutput } from '@news/messaging';
import { ArticleAnnouncer, Announcement } from '../changes/article-announcer';
import { changeKindOf, isEmbargoed } from '../changes/announcements';
import { RelatedCache } from '../related/related-cache';
import { CacheKeys } from './cache-keys';
import { PublishedStore } from './published-store';

/**
 * Stores each new version of an article and announces it: the current state
 * on the compacted `news.published.v1`, the change (published, corrected,
 * killed) on `news.published.changes.v1`. The announcements commit with the
 * consumer offset in one Kafka transaction. An embargoed version is held
 * until the scheduler releases it; a version withheld upstream is not
 * published at all.
 */
@Injectable()
export class PublishArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CacheAside) private readonly cache: CacheAside,
    @Inject(PublishedStore) private readonly store: PublishedStore,
    @Inject(ArticleAnnouncer) private readonly announcer: ArticleAnnouncer,
    @Inject(RelatedCache) private readonly related: RelatedCache,
  ) {}

  async execute(event: ArticleEvent): Promise<StageOutput[]> {
    const article = event.article;
    if (article.pubStatus === 'withheld') return [];
    const kind = changeKindOf(article);
    if (kind !== 'killed' && isEmbargoed(article, new Date())) {
      await this.store.holdEmbargoed(this.dataSource, article, new Date(article.embargoedUntil!));
      return [];
    }
    const announcement = await this.announcer.apply(this.dataSource, article, kind);
    await this.invalidate(announcement);
    return announcement.outputs;
  }

  /**
   * Every write that changes an answer drops it, by the key builders the
   * readers use. The drops are independent, so they are issued together:
   * auto-pipelined, they share a round trip to Redis.
   */
  async invalidate(announcement: Announcement): Promise<void> {
    const prefix = this.config.database.schemaPrefix;
    await Promise.all([
      ...announcement.touched.map((article) =>
        this.cache.invalidate(CacheKeys.article(prefix, article.newsroom.articleId)),
      ),
      this.related.invalidateFor(announcement.touched),
    ]);
  }
}
