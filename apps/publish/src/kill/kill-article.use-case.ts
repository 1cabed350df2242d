import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isArticleId } from '@news/contracts';
import { DEFAULT_KILL_NOTICE, killedVersionOf } from '../changes/announcements';
import { ArticleAnnouncer } from '../changes/article-announcer';
import { TransactionalEmitter } from '../changes/transactional-emitter';
import { PublishArticleUseCase } from '../published/publish-article.use-case';
import { PublishedStore } from '../published/published-store';
import { ArticleKilled, ArticleNotFound, InvalidArticleId } from '../published/read-errors';

export interface KillResult {
  articleId: string;
  version: string;
  notice: string;
  /** Every article the kill withdrew: the article and its translations. */
  killed: string[];
}

/**
 * An editor's kill: the article's canceled next version, a kill event, a
 * tombstone, cascading to its translations. Postgres and Kafka change
 * together: the row lock is held while the Kafka transaction commits, and
 * the database commits after it.
 */
@Injectable()
export class KillArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PublishedStore) private readonly store: PublishedStore,
    @Inject(ArticleAnnouncer) private readonly announcer: ArticleAnnouncer,
    @Inject(TransactionalEmitter) private readonly emitter: TransactionalEmitter,
    @Inject(PublishArticleUseCase) private readonly publish: PublishArticleUseCase,
  ) {}

  async execute(articleId: string, notice: string | undefined): Promise<KillResult> {
    if (!isArticleId(articleId)) throw new InvalidArticleId(articleId);
    const text = notice?.trim() || DEFAULT_KILL_NOTICE;
    const announcement = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`publish:article:${articleId}`]);
      const stored = await this.store.find(manager, articleId);
      if (!stored) throw new ArticleNotFound(articleId);
      if (stored.status === 'canceled') throw new ArticleKilled(articleId, stored.killNotice ?? '');
      const killed = killedVersionOf(stored.document, text, new Date());
      const result = await this.announcer.apply(manager, killed, 'killed');
      await this.emitter.emit(result.outputs);
      return result;
    });
    await this.publish.invalidate(announcement);
    const [first] = announcement.touched;
    return {
      articleId,
      version: first.version,
      notice: text,
      killed: announcement.touched.map((a) => a.newsroom.articleId),
    };
  }
}
