import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A wire service allowed to post to ingest, and how it must prove it. */
@Entity({ name: 'feeds' })
export class Feed {
  /** What the feed sends as X-Feed-Id; also the `feed` of every article it posts. */
  @PrimaryColumn({ type: 'text' })
  name!: string;

  /** SHA-256 (hex) of the current key; the key itself is never stored. */
  @Column({ name: 'key_hash', type: 'text' })
  keyHash!: string;

  /** The key before the last rotation, still accepted until previousKeyExpiresAt. */
  @Column({ name: 'previous_key_hash', type: 'text', nullable: true })
  previousKeyHash!: string | null;

  @Column({ name: 'previous_key_expires_at', type: 'timestamptz', nullable: true })
  previousKeyExpiresAt!: Date | null;

  @Column({ name: 'require_signature', type: 'boolean' })
  requireSignature!: boolean;

  /** The HMAC signing secret, sealed with FEED_SECRET_KEY (see SecretBox); null for a feed that does not sign. */
  @Column({ name: 'signing_secret_sealed', type: 'text', nullable: true })
  signingSecretSealed!: string | null;

  @Column({ name: 'rate_limit_per_minute', type: 'int' })
  rateLimitPerMinute!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'boolean' })
  disabled!: boolean;

  /**
   * Whose copy leads when two feeds send one story: a story is never stored
   * as a duplicate of a lower-priority feed's copy. Equal priorities: the
   * first to arrive leads. 0 unless set (a staff feed might be 100, an
   * aggregator -10).
   */
  @Column({ type: 'int', default: 0 })
  priority!: number;
}
