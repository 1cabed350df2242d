import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Message } from 'kafkajs';
import type { TopicName } from '@news/contracts';

/** An event written in the same transaction as its article, waiting for the relay. */
@Entity({ name: 'outbox' })
export class OutboxEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  topic!: TopicName;

  /** The encoded Kafka record (key, value, CloudEvents headers) as JSON. */
  @Column({ type: 'jsonb' })
  message!: Message;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Set when the relay gave up on the entry (the broker refuses it); the relay skips it until replayed. */
  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt!: Date | null;

  @Column({ name: 'park_reason', type: 'text', nullable: true })
  parkReason!: string | null;
}
