import { Admin } from 'kafkajs';
import { TopicName, Topics, physicalTopic } from '@news/contracts';

/** A pipeline stage as Kafka sees it: its consumer group and the topic it reads. */
export interface Stage {
  name: string;
  group: string;
  topic: string;
}

export function pipelineStages(prefix: string): Stage[] {
  const stage = (name: string, topic: TopicName): Stage => ({
    name,
    group: `${prefix}.${name}`,
    topic: physicalTopic(prefix, topic),
  });
  return [stage('translate-queue', Topics.ingested), stage('enrich', Topics.ready), stage('publish', Topics.enriched)];
}

/** Messages on the stage's input topic that its group has not committed yet. */
export async function stageLag(admin: Admin, stage: Stage): Promise<number> {
  const [ends, [committed]] = await Promise.all([
    admin.fetchTopicOffsets(stage.topic),
    admin.fetchOffsets({ groupId: stage.group, topics: [stage.topic] }),
  ]);
  const done = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
  return ends.reduce((lag, p) => {
    const offset = done.get(p.partition) ?? -1;
    return lag + Number(p.high) - (offset < 0 ? Number(p.low) : offset);
  }, 0);
}
