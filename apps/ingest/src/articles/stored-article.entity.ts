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

  /** The current version's language, source language (for a translation) and publish time: what translation links match on. */
  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'translated_from', type: 'text', nullable: true })
  translatedFrom!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  /** The article a translation's feed named as its original (by guid, URL or our uri), whether or not it has arrived. */
  @Column({ name: 'named_original_id', type: 'text', nullable: true })
  namedOriginalId!: string | null;

  /** Set when another feed's article was the same story first: stored, never published. */
  @Column({ name: 'duplicate_of', type: 'text', nullable: true })
  duplicateOf!: string | null;
}
