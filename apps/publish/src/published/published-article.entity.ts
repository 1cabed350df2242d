import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Article } from '@news/contracts';

/** The current published version of each article. */
@Entity({ name: 'published_articles' })
export class PublishedArticle {
  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  document!: Article;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
