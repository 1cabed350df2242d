import { DataSource } from 'typeorm';
import { ArticleEvent, ChangeEventTypes } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { articleFacts } from '../../published/article-facts';
import { matchesFilter } from '../subscriptions/subscription-filter';
import { SubscriptionStore } from '../subscriptions/subscription-store';
import { DeliveryStore } from './delivery-store';

const CHANGE_TYPES = new Set<string>(Object.values(ChangeEventTypes));

/**
 * Turns one change from `news.published.changes.v1` into a delivery per
 * enabled subscription that wants it, in one Postgres transaction that
 * commits before the consumer's offset does: a crash before it re-reads
 * the change (nothing lost), and a change read twice finds its deliveries
 * already there (unique per subscription and change: nothing doubled).
 * Sending is the worker's, so a slow subscriber never holds up the topic.
 */
export class RecordDeliveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionStore,
    private readonly deliveries: DeliveryStore,
    /** Told when new deliveries are waiting, so the worker need not wait for its next poll. */
    private readonly onRecorded: () => void = () => undefined,
  ) {}

  async execute(event: ArticleEvent): Promise<StageOutput[]> {
    if (!CHANGE_TYPES.has(event.type)) return [];
    const facts = articleFacts(event.article);
    // Read before any transaction: most changes match no subscription, and
    // then one read is all they cost (a transaction would add BEGIN and
    // COMMIT). The list is what committed subscriptions say either way.
    const wanted = (await this.subscriptions.list(this.dataSource, true)).filter((s) => matchesFilter(s.filter, facts));
    if (wanted.length === 0) return [];
    const recorded = await this.dataSource.transaction((manager) =>
      this.deliveries.record(
        manager,
        {
          eventId: event.id,
          eventType: event.type,
          articleId: event.article.newsroom.articleId,
          body: JSON.stringify(event.article),
        },
        wanted.map((s) => s.id),
      ),
    );
    if (recorded > 0) this.onRecorded();
    return [];
  }
}
