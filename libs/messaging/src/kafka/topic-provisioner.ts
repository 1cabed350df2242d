import { Admin } from 'kafkajs';
import { TOPIC_SPECS, TopicSpec, physicalTopic } from '@news/contracts';

/**
 * Creates the pipeline's topics with explicit partition counts, so nothing
 * depends on broker auto-creation. Existing topics are left as they are.
 */
export async function provisionTopics(admin: Admin, prefix: string, specs: readonly TopicSpec[] = TOPIC_SPECS): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(physicalTopic(prefix, spec.name)));
  if (missing.length === 0) return [];
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((spec) => ({
      topic: physicalTopic(prefix, spec.name),
      numPartitions: spec.partitions,
      replicationFactor: 1,
      configEntries: spec.compacted
        ? [
            { name: 'cleanup.policy', value: 'compact' },
            { name: 'min.compaction.lag.ms', value: '60000' },
          ]
        : [],
    })),
  });
  return missing.map((spec) => physicalTopic(prefix, spec.name));
}
