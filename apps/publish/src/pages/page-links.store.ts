import { Queryable } from '../published/published-store';
import { StoryLink } from './page-links';

interface LinkRow {
  article_id: string;
  headline: string;
  language: string;
}

const linkColumns = (alias: string) =>
  `${alias}.article_id, ${alias}.language, ${alias}.document->'headlines'->0->>'value' AS headline`;

/**
 * The links an article page needs from publish's read model: its neighbours
 * in the same language and category, and the other languages of its story.
 */
export class PageLinksStore {
  constructor(private readonly schema: string) {}

  private get articles(): string {
    return `"${this.schema}".published_articles`;
  }

  /** The article first published just before (or after) this one in its language and category. */
  async neighbour(q: Queryable, articleId: string, direction: 'previous' | 'next'): Promise<StoryLink | undefined> {
    const [comparison, order] = direction === 'previous' ? ['<', 'DESC'] : ['>', 'ASC'];
    const rows = (await q.query(
      `WITH self AS (SELECT seq, language, category FROM ${this.articles} WHERE article_id = $1)
       SELECT ${linkColumns('other')} FROM ${this.articles} other, self
        WHERE other.status = 'usable' AND other.language = self.language
          AND other.category IS NOT DISTINCT FROM self.category AND other.seq ${comparison} self.seq
        ORDER BY other.seq ${order} LIMIT 1`,
      [articleId],
    )) as LinkRow[];
    return rows.map(toLink)[0];
  }

  /** Every other usable article of the story: the original and its translations. */
  async storyMembers(q: Queryable, storyId: string, articleId: string): Promise<StoryLink[]> {
    const rows = (await q.query(
      `SELECT ${linkColumns('member')} FROM ${this.articles} member
        WHERE story_id = $1 AND article_id <> $2 AND status = 'usable' ORDER BY language`,
      [storyId, articleId],
    )) as LinkRow[];
    return rows.map(toLink);
  }
}

function toLink(row: LinkRow): StoryLink {
  return { articleId: row.article_id, headline: row.headline ?? '', language: row.language };
}
