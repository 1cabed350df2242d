import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The SimHash of each article's current version, cut into four 16-bit bands,
 * each indexed, so "which fingerprints could be within 3 bits of this one" is
 * an indexed equality on any band (see simhashBands).
 */
@Entity({ name: 'fingerprints' })
export class Fingerprint {
  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'text' })
  feed!: string;

  /** The 64 bits as a signed bigint (TypeORM hands bigint over as text): see simhashToSql. */
  @Column({ type: 'bigint' })
  simhash!: string;

  @Column({ type: 'int' })
  shingles!: number;

  @Column({ type: 'int' })
  band0!: number;

  @Column({ type: 'int' })
  band1!: number;

  @Column({ type: 'int' })
  band2!: number;

  @Column({ type: 'int' })
  band3!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
