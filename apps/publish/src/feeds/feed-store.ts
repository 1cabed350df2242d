import { Queryable } from '../published/published-store';
import { FeedScope } from './article-feed';

/** When a feed last changed: the newest store of any article in its scope, a kill included. */
export class FeedStore {
  constructor(private readonly schema: string) {}

  async lastChangeAt(q: Queryable, scope: FeedScope): Promise<Date> {
    const rows = (await q.query(
      `SELECT max(published_at) AS at FROM "${this.schema}".published_articles
        WHERE language = $1 AND ($2::text IS NULL OR category = $2)`,
      [scope.language, scope.category ?? null],
    )) as { at: Date | null }[];
    return rows[0]?.at ?? new Date(0);
  }
}
