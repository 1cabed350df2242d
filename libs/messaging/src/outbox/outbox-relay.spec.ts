import { Message } from 'kafkajs';
import { Topics } from '@news/contracts';
import { OutboxRecord, OutboxRelay, OutboxStore } from './outbox-relay';

/** An outbox in memory: drain hands out the oldest rows and deletes them only if send succeeds. */
class MemoryOutbox implements OutboxStore {
  constructor(public rows: OutboxRecord[]) {}
  async drain(limit: number, send: (records: OutboxRecord[]) => Promise<void>): Promise<number> {
    const batch = this.rows.slice(0, limit);
    if (batch.length === 0) return 0;
    await send(batch);
    this.rows = this.rows.slice(batch.length);
    return batch.length;
  }
}

function record(id: number, bytes: number): OutboxRecord {
  return { id: String(id), topic: Topics.ingested, message: { key: `k${id}`, value: 'x'.repeat(bytes) } };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('OutboxRelay', () => {
  it('sends large backlogs in requests the broker accepts, in order', async () => {
    const outbox = new MemoryOutbox([1, 2, 3, 4, 5].map((id) => record(id, 300 * 1024)));
    const requests: Message[][] = [];
    const relay = new OutboxRelay(outbox, { sendEncoded: async (_topic, messages) => void requests.push(messages) }, { warn: () => undefined });
    relay.start();
    await until(() => outbox.rows.length === 0);
    await relay.stop();
    expect(requests.map((r) => r.map((m) => m.key))).toEqual([['k1'], ['k2'], ['k3'], ['k4'], ['k5']]);
  });

  it('keeps every record while Kafka refuses them and delivers them once it is back', async () => {
    const outbox = new MemoryOutbox([record(1, 10), record(2, 10)]);
    let kafkaUp = false;
    const delivered: string[] = [];
    const sender = {
      sendEncoded: async (_topic: string, messages: Message[]) => {
        if (!kafkaUp) throw new Error('broker unavailable');
        delivered.push(...messages.map((m) => String(m.key)));
      },
    };
    const relay = new OutboxRelay(outbox, sender, { warn: () => undefined }, { batchSize: 200, idleMs: 5, maxBackoffMs: 20, maxRequestBytes: 512 * 1024 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outbox.rows).toHaveLength(2);
    kafkaUp = true;
    await until(() => outbox.rows.length === 0);
    await relay.stop();
    expect(delivered).toEqual(['k1', 'k2']);
  });
});
