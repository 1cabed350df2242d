import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type TranslationJobStatus = 'open' | 'claimed' | 'submitted' | 'approved';

/** A request for one language version of one original article. */
@Entity({ name: 'translation_jobs' })
@Unique(['articleId', 'targetLanguage'])
export class TranslationJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ name: 'article_version', type: 'int' })
  articleVersion!: number;

  @Column({ name: 'source_language', type: 'text' })
  sourceLanguage!: string;

  @Column({ name: 'target_language', type: 'text' })
  targetLanguage!: string;

  @Column({ type: 'text' })
  headline!: string;

  @Column({ type: 'text', default: 'open' })
  status!: TranslationJobStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
