import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TranslationMatch = 'named-original' | 'publish-time';

/** A translation stored as a language version of its original: at most one original per translation. */
@Entity({ name: 'translation_links' })
export class TranslationLink {
  @PrimaryColumn({ name: 'translation_id', type: 'text' })
  translationId!: string;

  @Column({ name: 'original_id', type: 'text' })
  originalId!: string;

  /** The translation's language. */
  @Column({ type: 'text' })
  language!: string;

  /** How the original was found: the feed named it, or the publish times matched. */
  @Column({ name: 'matched_by', type: 'text' })
  matchedBy!: TranslationMatch;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
