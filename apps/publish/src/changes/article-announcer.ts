import { Article } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { ChangeKind, PublishedStore, Queryable } from '../published/published-store';
import { DEFAULT_KILL_NOTICE, announcementsOf, killedVersionOf } from './announcements';

/** What storing one change produced: what to emit, and the articles whose cached answers are now stale. */
export interface Announcement {
  outputs: StageOutput[];
  touched: Article[];
}

/**
 * Stores one change and says what to announce. Shared by the consumer (a
 * new version from enrich), the embargo scheduler (a release) and the admin
 * kill, so all three store and announce alike. A kill cascades to the
 * story's translations. An older version arriving late is neither stored
 * nor announced.
 */
export class ArticleAnnouncer {
  constructor(private readonly store: PublishedStore) {}

  async apply(q: Queryable, article: Article, kind: ChangeKind, now = new Date()): Promise<Announcement> {
    const id = article.newsroom.articleId;
    const notice = kind === 'killed' ? (article.edNote ?? DEFAULT_KILL_NOTICE) : null;
    if (kind === 'killed') await this.store.dropEmbargoed(q, id);
    const stored = await this.store.storeVersion(q, article, kind, notice);
    if (Number(article.version) < stored) return { outputs: [], touched: [] };
    const result: Announcement = { outputs: announcementsOf(article, kind), touched: [article] };
    if (kind === 'killed' && notice !== null) {
      for (const translation of await this.store.translationsOf(q, id)) {
        const cascade = await this.apply(q, killedVersionOf(translation.document, notice, now), 'killed', now);
        result.outputs.push(...cascade.outputs);
        result.touched.push(...cascade.touched);
      }
    }
    return result;
  }
}
