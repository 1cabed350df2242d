import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArticleAnnouncer, Announcement } from '../changes/article-announcer';
import { TransactionalEmitter } from '../changes/transactional-emitter';
import { PublishedStore } from '../published/published-store';

/**
 * Releases embargoed articles when their time comes. Durable: the embargo is
 * a row in Postgres, so a restart loses nothing; each poll locks the due rows
 * with FOR UPDATE SKIP LOCKED (replicas share the work, never twice), stores
 * and announces each as `released` in one Kafka transaction, and deletes the
 * rows in the same Postgres transaction, committed after Kafka's. A crash
 * between the two commits re-releases with the same event ids, which
 * consumers recognise.
 */
export class EmbargoScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private readonly log = new Logger('Embargo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PublishedStore,
    private readonly announcer: ArticleAnnouncer,
    private readonly emitter: TransactionalEmitter,
    private readonly afterRelease: (announcement: Announcement) => Promise<void>,
    private readonly pollMs: number,
    private readonly batchSize = 50,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One poll: releases what is due now; returns how many articles it released. */
  async releaseDue(): Promise<number> {
    const released = await this.dataSource.transaction(async (manager) => {
      const due = await this.store.lockDueEmbargoes(manager, this.batchSize);
      const announcement: Announcement = { outputs: [], touched: [] };
      for (const article of due) {
        const one = await this.announcer.apply(manager, article, 'released');
        announcement.outputs.push(...one.outputs);
        announcement.touched.push(...one.touched);
        await this.store.dropEmbargoed(manager, article.newsroom.articleId);
      }
      await this.emitter.emit(announcement.outputs);
      return announcement;
    });
    if (released.touched.length > 0) await this.afterRelease(released);
    return released.touched.length;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.releaseDue()
        .catch((error: Error) => this.log.warn(`embargo release failed, trying again: ${error.message}`))
        .finally(() => this.schedule());
    }, this.pollMs);
  }
}
