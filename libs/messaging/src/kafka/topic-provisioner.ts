import { Admin } from 'kafkajs';
import { TOPIC_SPECS, physicalTopic } from '@news/contracts';

export interface PhysicalTopicSpec {
  name: string;
  partitions: number;
  compacted: boolean;
  /** The topic's own `max.message.bytes`, when it must take more than the broker's default. */
  maxMessageBytes?: number;
}

/** The pipeline's topics under a prefix. */
export function pipelineTopicSpecs(prefix: string): PhysicalTopicSpec[] {
  return TOPIC_SPECS.map((spec) => ({ ...spec, name: physicalTopic(prefix, spec.name) }));
}

/**
 * Creates topics with explicit partition counts, so nothing depends on
 * broker auto-creation. Existing topics are left as they are.
 */
export async function provisionTopics(admin: Admin, specs: readonly PhysicalTopicSpec[]): Promise<string[]> {
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
        replicationFactor: 1,
        configEntries: topicConfig(spec),
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

function topicConfig(spec: PhysicalTopicSpec): { name: string; value: string }[] {
  const entries = spec.compacted
    ? [
        { name: 'cleanup.policy', value: 'compact' },
        { name: 'min.compaction.lag.ms', value: '60000' },
      ]
    : [];
  if (spec.maxMessageBytes) entries.push({ name: 'max.message.bytes', value: String(spec.maxMessageBytes) });
  return entries;
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
