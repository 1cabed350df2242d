import { EntityManager } from 'typeorm';
import { StoredArticle } from './stored-article.entity';

export type NewStoredArticle = Omit<StoredArticle, 'duplicateOf'>;

/** The articles table, inside the caller's transaction (or outside one, for plain reads). */
export class StoredArticlesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get articles() {
    return this.manager.getRepository(StoredArticle);
  }

  find(articleId: string): Promise<StoredArticle | null> {
    return this.articles.findOneBy({ articleId });
  }

  /** Inserts the first version; false when the article already exists (then lock and update it instead). */
  async insertFirst(row: NewStoredArticle): Promise<boolean> {
    const inserted = await this.articles
      .createQueryBuilder()
      .insert()
      .values(row)
      .orIgnore()
      .returning(['articleId'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** The current row, locked until the transaction ends: concurrent versions of one article queue here. */
  lockCurrent(articleId: string): Promise<StoredArticle | null> {
    return this.articles.findOne({ where: { articleId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(articleId: string, changes: Partial<StoredArticle>): Promise<void> {
    await this.articles.update({ articleId }, changes);
  }
}
