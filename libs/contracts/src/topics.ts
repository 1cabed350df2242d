/**
 * Topic names carry a version; a breaking change to an event is a new topic.
 * Keys are always the article id so one article's versions stay in order.
 */
export const Topics = {
  /** Wire feeds may produce raw documents here instead of POSTing them. */
  wireRaw: 'wire.raw.v1',
  ingested: 'news.ingested.v1',
  ready: 'news.ready.v1',
  enriched: 'news.enriched.v1',
  /** Log-compacted: a new consumer can replay the whole current archive. */
  published: 'news.published.v1',
  /**
   * Every published version, correction, kill and embargo release as its own
   * event (ce_type `news.article.published|corrected|killed|released`), keyed
   * by article id; time-retained, not compacted, so nothing is folded away.
   */
  publishedChanges: 'news.published.changes.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export interface TopicSpec {
  name: TopicName;
  partitions: number;
  compacted: boolean;
  /** `retention.ms` for a time-retained topic; absent means the broker's default. */
  retentionMs?: number;
}

/** How long the change topic keeps events unless configured otherwise (publish's CHANGES_RETENTION_MS). */
export const DEFAULT_CHANGES_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export const TOPIC_SPECS: readonly TopicSpec[] = [
  { name: Topics.wireRaw, partitions: 3, compacted: false },
  { name: Topics.ingested, partitions: 6, compacted: false },
  { name: Topics.ready, partitions: 6, compacted: false },
  { name: Topics.enriched, partitions: 6, compacted: false },
  { name: Topics.published, partitions: 6, compacted: true },
  { name: Topics.publishedChanges, partitions: 6, compacted: false, retentionMs: DEFAULT_CHANGES_RETENTION_MS },
];

/**
 * The physical name of a topic. A prefix isolates a test run (or a tenant)
 * on a shared broker; production runs with none.
 */
export function physicalTopic(prefix: string, topic: TopicName): string {
  return prefix ? `${prefix}.${topic}` : topic;
}
