import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Article } from '@news/contracts';

/** The current published version of each article (a killed one keeps its canceled version and notice). */
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

  /** Order of first publication: the cursor pages on it, so a new article never shifts a later page. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'kill_notice', type: 'text', nullable: true })
  killNotice!: string | null;
}
