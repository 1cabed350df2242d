import { Message } from 'kafkajs';
import { Topics } from '@news/contracts';
import { OutboxRecord, OutboxRelay, OutboxStore, ParkedRecord } from './outbox-relay';
import { waitFor } from '@news/testing';

/** An outbox in memory: drain hands out the oldest unparked rows, deletes the sent ones and parks the rest, only if send succeeds. */
class MemoryOutbox implements OutboxStore {
  parked: ParkedRecord[] = [];
  constructor(public rows: OutboxRecord[]) {}
  async drain(limit: number, send: (records: OutboxRecord[]) => Promise<ParkedRecord[]>): Promise<number> {
    const batch = this.rows.slice(0, limit);
    if (batch.length === 0) return 0;
    const parked = await send(batch);
    this.parked.push(...parked);
    this.rows = this.rows.slice(batch.length);
    return batch.length;
  }
}

/** What kafkajs throws when the broker refuses a record for its size. */
function tooLarge(): Error {
  const refusal = Object.assign(
    new Error('The request included a message larger than the max message size the server will accept'),
    { type: 'MESSAGE_TOO_LARGE', retriable: false },
  );
  return Object.assign(new Error(refusal.message), { name: 'KafkaJSNonRetriableError', cause: refusal });
}

function record(id: number, bytes: number): OutboxRecord {
  return { id: String(id), topic: Topics.ingested, message: { key: `k${id}`, value: 'x'.repeat(bytes) } };
}

const quiet = { warn: () => undefined, error: () => undefined };

describe('OutboxRelay', () => {
  it('sends large backlogs in requests the broker accepts, in order', async () => {
    const outbox = new MemoryOutbox([1, 2, 3, 4, 5].map((id) => record(id, 300 * 1024)));
    const requests: Message[][] = [];
    const relay = new OutboxRelay(
      outbox,
      { sendEncoded: async (_topic, messages) => void requests.push(messages) },
      quiet,
    );
    relay.start();
    await waitFor(() => outbox.rows.length === 0);
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
    const relay = new OutboxRelay(outbox, sender, quiet, { idleMs: 5, maxBackoffMs: 20 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outbox.rows).toHaveLength(2);
    kafkaUp = true;
    await waitFor(() => outbox.rows.length === 0);
    await relay.stop();
    expect(delivered).toEqual(['k1', 'k2']);
  });

  it("parks a record over the broker's limit without sending it, and sends the ones behind it", async () => {
    const outbox = new MemoryOutbox([record(1, 10), record(2, 2_000_000), record(3, 10)]);
    const delivered: string[] = [];
    const relay = new OutboxRelay(
      outbox,
      { sendEncoded: async (_topic, messages) => void delivered.push(...messages.map((m) => String(m.key))) },
      quiet,
      { idleMs: 5 },
    );
    relay.start();
    await waitFor(() => outbox.rows.length === 0);
    await relay.stop();
    expect(delivered).toEqual(['k1', 'k3']);
    expect(outbox.parked).toEqual([{ id: '2', reason: expect.stringMatching(/over the 1048576-byte limit/) }]);
  });

  it('parks a record the broker keeps refusing after bounded tries, while the others flow', async () => {
    const outbox = new MemoryOutbox([record(1, 10), record(2, 10), record(3, 10)]);
    const delivered = new Set<string>();
    let refusalsOfK2 = 0;
    const sender = {
      sendEncoded: async (_topic: string, messages: Message[]) => {
        if (messages.some((m) => m.key === 'k2')) {
          refusalsOfK2++;
          throw tooLarge();
        }
        messages.forEach((m) => delivered.add(String(m.key)));
      },
    };
    const relay = new OutboxRelay(outbox, sender, quiet, { idleMs: 5, maxBackoffMs: 10, maxRefusals: 3 });
    relay.start();
    await waitFor(() => outbox.rows.length === 0);
    await relay.stop();
    expect([...delivered].sort()).toEqual(['k1', 'k3']);
    expect(outbox.parked.map((p) => p.id)).toEqual(['2']);
    expect(outbox.parked[0].reason).toMatch(/refused by the broker 3 times/);
    expect(refusalsOfK2).toBe(6); // three batches refused, each followed by k2 alone
  });

  it('never parks anything while the broker is merely away', async () => {
    const outbox = new MemoryOutbox([record(1, 10)]);
    const sender = {
      sendEncoded: async () =>
        Promise.reject(Object.assign(new Error('Connection error: connect ECONNREFUSED'), { retriable: true })),
    };
    const relay = new OutboxRelay(outbox, sender, quiet, { idleMs: 1, maxBackoffMs: 2 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await relay.stop();
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.parked).toEqual([]);
  });
});
