import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Article } from '@news/contracts';

/** The current version of each article ingest has accepted. */
@Entity({ name: 'articles' })
export class StoredArticle {
  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'text' })
  feed!: string;

  @Column({ type: 'text' })
  guid!: string;

  @Column({ type: 'int' })
  version!: number;

  /** Hash of what makes a version: headline, body and publish time. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  document!: Article;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
