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
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export interface TopicSpec {
  name: TopicName;
  partitions: number;
  compacted: boolean;
}

export const TOPIC_SPECS: readonly TopicSpec[] = [
  { name: Topics.wireRaw, partitions: 3, compacted: false },
  { name: Topics.ingested, partitions: 6, compacted: false },
  { name: Topics.ready, partitions: 6, compacted: false },
  { name: Topics.enriched, partitions: 6, compacted: false },
  { name: Topics.published, partitions: 6, compacted: true },
];

/**
 * The physical name of a topic. A prefix isolates a test run (or a tenant)
 * on a shared broker; production runs with none.
 */
export function physicalTopic(prefix: string, topic: TopicName): string {
  return prefix ? `${prefix}.${topic}` : topic;
}
