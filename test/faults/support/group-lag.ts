import { Admin } from 'kafkajs';

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/** For each partition of each topic: records after the group's committed offset. */
export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  const lags: PartitionLag[] = [];
  for (const topic of topics) {
    const ends = await admin.fetchTopicOffsets(topic);
    const group = committed.find((c) => c.topic === topic);
    for (const end of ends) {
      const at = Number(group?.partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
      const low = Number(end.low);
      // Never committed: everything from the log start is still to read.
      lags.push({ topic, partition: end.partition, lag: Number(end.high) - (at >= 0 ? at : low) });
    }
  }
  return lags;
}
