import { Admin } from 'kafkajs';
import { TOPIC_SPECS, physicalTopic } from '@news/contracts';

export interface PhysicalTopicSpec {
  name: string;
  partitions: number;
  compacted: boolean;
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
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.name,
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
  } catch (error) {
    // Another replica may have created them a moment ago; that is fine.
    if (!/already exists/i.test((error as Error).message)) throw error;
  }
  return missing.map((spec) => spec.name);
}
