import { Admin } from 'kafkajs';
import { TOPIC_SPECS, physicalTopic } from '@news/contracts';

export interface PhysicalTopicSpec {
  name: string;
  partitions: number;
  compacted: boolean;
  /** `retention.ms`, for a time-retained topic that keeps events longer or shorter than the broker's default. */
  retentionMs?: number;
  /** The topic's own `max.message.bytes`, when it must take more than the broker's default. */
  maxMessageBytes?: number;
}

/** The pipeline's topics under a prefix. */
export function pipelineTopicSpecs(prefix: string): PhysicalTopicSpec[] {
  return TOPIC_SPECS.map((spec) => ({ ...spec, name: physicalTopic(prefix, spec.name) }));
}

/** How topics the services create are replicated; one broker (local runs) by default. */
export interface TopicReplication {
  replicationFactor: number;
  /** Written as the topic's `min.insync.replicas`; with acks=-1 a write needs this many in-sync copies. */
  minInSyncReplicas: number;
  /** false: create nothing, only check (KAFKA_CREATE_TOPICS=false, where Strimzi's KafkaTopics own them). */
  create?: boolean;
}

const SINGLE_BROKER: TopicReplication = { replicationFactor: 1, minInSyncReplicas: 1 };

/** Thrown when topics must exist (KAFKA_CREATE_TOPICS=false) and some do not. */
export class MissingTopicsError extends Error {
  constructor(readonly topics: string[]) {
    super(
      `topic(s) ${topics.join(', ')} do not exist and KAFKA_CREATE_TOPICS=false: ` +
        'create them first (k8s/strimzi/topics.generated.yaml, npm run k8s:topics)',
    );
    this.name = 'MissingTopicsError';
  }
}

/** Resolves when every topic exists; otherwise throws MissingTopicsError naming the missing ones. */
export async function verifyTopics(admin: Admin, names: readonly string[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = names.filter((name) => !existing.has(name));
  if (missing.length > 0) throw new MissingTopicsError(missing);
}

/**
 * Creates topics with explicit partition counts, so nothing depends on
 * broker auto-creation. Existing topics are left as they are. With
 * `create: false` it only verifies (see MissingTopicsError).
 */
export async function provisionTopics(
  admin: Admin,
  specs: readonly PhysicalTopicSpec[],
  replication: TopicReplication = SINGLE_BROKER,
): Promise<string[]> {
  if (replication.create === false) {
    await verifyTopics(
      admin,
      specs.map((spec) => spec.name),
    );
    return [];
  }
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(spec.name));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({
      // kafkajs's own wait gives up on UNKNOWN_TOPIC_OR_PARTITION, which a
      // KRaft broker answers for a moment after creating a topic.
      waitForLeaders: false,
      topics: missing.map((spec) => ({
        topic: spec.name,
        numPartitions: spec.partitions,
        replicationFactor: replication.replicationFactor,
        configEntries: topicConfig(spec, replication),
      })),
    });
  } catch (error) {
    // Another replica may have created them a moment ago; that is fine.
    if (!/already exists/i.test((error as Error).message)) throw error;
  }
  await waitForLeaders(
    admin,
    missing.map((spec) => spec.name),
  );
  return missing.map((spec) => spec.name);
}

/** A topic's configuration, as the services create it and as the generated KafkaTopic resources declare it. */
export function topicConfig(
  spec: PhysicalTopicSpec,
  replication: Pick<TopicReplication, 'minInSyncReplicas'> = SINGLE_BROKER,
): { name: string; value: string }[] {
  const entries = spec.compacted
    ? [
        { name: 'cleanup.policy', value: 'compact' },
        { name: 'min.compaction.lag.ms', value: '60000' },
      ]
    : [];
  if (spec.retentionMs) entries.push({ name: 'retention.ms', value: String(spec.retentionMs) });
  if (spec.maxMessageBytes) entries.push({ name: 'max.message.bytes', value: String(spec.maxMessageBytes) });
  if (replication.minInSyncReplicas > 1)
    entries.push({ name: 'min.insync.replicas', value: String(replication.minInSyncReplicas) });
  return entries;
}

/** The replication settings of a service's configuration (KAFKA_REPLICATION_FACTOR, ...). */
export function topicReplicationOf(kafka: {
  replicationFactor?: number;
  minInSyncReplicas?: number;
  createTopics?: boolean;
}): TopicReplication {
  return {
    replicationFactor: kafka.replicationFactor ?? 1,
    minInSyncReplicas: kafka.minInSyncReplicas ?? 1,
    create: kafka.createTopics ?? true,
  };
}

/** Until every partition of these topics has a leader, or the deadline passes. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Resolves once every topic exists, logging what it waits for. On a first
 * deploy nothing orders the pods: a consumer that started before ingest made
 * the topics waits here instead of exiting and crash-looping.
 */
export async function waitForTopics(
  admin: Admin,
  topics: string[],
  log: (message: string) => void,
  signal: AbortSignal,
  pollMs = 2000,
): Promise<void> {
  for (let logged = false; !signal.aborted;) {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    if (!logged) log(`waiting for topic(s) ${missing.join(', ')} to exist (ingest creates them)`);
    logged = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
