import { EachBatchPayload, KafkaMessage } from 'kafkajs';
import { FailureHeaders, RoutedMessage } from '@news/messaging';
import { IntakeError } from '../formats/intake-error';
import { WireBatchHandler, WireBatchOptions } from './wire-batch.handler';

const TOPIC = 'run1.wire.raw.v1';

function message(offset: number, feed = 'smart'): KafkaMessage {
  return {
    key: null,
    value: Buffer.from(`doc ${offset}`),
    headers: { 'x-feed-id': feed, 'content-type': 'text/plain' },
    offset: String(offset),
    timestamp: '0',
    attributes: 0,
  };
}

/** An eachBatch payload that writes down what the handler did with it, in order. */
function payloadOf(messages: KafkaMessage[], events: string[], running = () => true): EachBatchPayload {
  return {
    batch: { topic: TOPIC, partition: 2, messages },
    resolveOffset: (offset: string) => events.push(`resolve ${offset}`),
    commitOffsetsIfNecessary: async () => void events.push('commit'),
    heartbeat: async () => void events.push('heartbeat'),
    isRunning: running,
    isStale: () => false,
  } as unknown as EachBatchPayload;
}

const transient = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('WireBatchHandler', () => {
  let events: string[];
  let letters: RoutedMessage[];
  let logs: string[];
  let stop: AbortController;

  beforeEach(() => {
    events = [];
    letters = [];
    logs = [];
    stop = new AbortController();
  });

  function handlerWith(
    handle: WireBatchOptions['handle'],
    deadLetter?: WireBatchOptions['deadLetter'],
  ): WireBatchHandler {
    return new WireBatchHandler({
      groupId: 'run1.ingest-wire',
      handle,
      deadLetter:
        deadLetter ??
        (async (letter) => {
          events.push(`dead-letter ${String(letter.message.headers![FailureHeaders.originalOffset])}`);
          letters.push(letter);
        }),
      logger: { log: (m) => logs.push(m), warn: (m) => logs.push(`warn ${m}`), error: (m) => logs.push(`error ${m}`) },
      stopSignal: stop.signal,
      retryBaseMs: 1,
      retryMaxMs: 4,
    });
  }

  it('resolves and commits each offset only after its record was accepted, in order', async () => {
    const handler = handlerWith(async (m) => void events.push(`accepted ${m.offset}`));
    await handler.handleBatch(payloadOf([message(0), message(1)], events));
    expect(events).toEqual([
      'accepted 0',
      'resolve 0',
      'commit',
      'heartbeat',
      'accepted 1',
      'resolve 1',
      'commit',
      'heartbeat',
    ]);
  });

  it('dead-letters a refused document with where it came from and why, commits it, and goes on', async () => {
    const handler = handlerWith(async (m) => {
      if (m.offset === '0')
        throw new IntakeError('UNUSABLE', 'publish date unusable: impossible date "31 فبراير، 2018"', 'publishedAt');
      events.push(`accepted ${m.offset}`);
    });
    await handler.handleBatch(payloadOf([message(0), message(1)], events));
    expect(events).toEqual([
      'dead-letter 0',
      'resolve 0',
      'commit',
      'heartbeat',
      'accepted 1',
      'resolve 1',
      'commit',
      'heartbeat',
    ]);
    expect(letters[0].topic).toBe(`${TOPIC}.dlq`);
    expect(letters[0].message.value).toEqual(Buffer.from('doc 0'));
    expect(letters[0].message.headers).toMatchObject({
      'x-feed-id': 'smart',
      'content-type': 'text/plain',
      [FailureHeaders.originalTopic]: TOPIC,
      [FailureHeaders.originalPartition]: '2',
      [FailureHeaders.originalOffset]: '0',
      [FailureHeaders.consumerGroup]: 'run1.ingest-wire',
      [FailureHeaders.error]: 'UNUSABLE (publishedAt): publish date unusable: impossible date "31 فبراير، 2018"',
      [FailureHeaders.attempts]: '1',
    });
    expect(logs).toContain(
      `error refused ${TOPIC}/2@0 (feed smart) after 1 attempt(s), dead-lettering to ${TOPIC}.dlq: UNUSABLE (publishedAt): publish date unusable: impossible date "31 فبراير، 2018"`,
    );
  });

  it('waits out a database outage in place, heartbeating, without committing until the accept succeeds', async () => {
    let outage = 3;
    const handler = handlerWith(async (m) => {
      if (outage-- > 0) throw transient();
      events.push(`accepted ${m.offset}`);
    });
    await handler.handleBatch(payloadOf([message(0)], events));
    expect(events).toEqual(['heartbeat', 'heartbeat', 'heartbeat', 'accepted 0', 'resolve 0', 'commit', 'heartbeat']);
    expect(letters).toEqual([]);
  });

  it('leaves the record unresolved for redelivery when the service stops during an outage', async () => {
    const handler = handlerWith(async () => {
      stop.abort();
      throw transient();
    });
    await handler.handleBatch(payloadOf([message(0), message(1)], events));
    expect(events).toEqual([]);
  });

  it('leaves the record unresolved when the consumer stops running (shutdown, rebalance)', async () => {
    let running = true;
    const handler = handlerWith(async () => {
      running = false;
      throw transient();
    });
    await handler.handleBatch(payloadOf([message(0)], events, () => running));
    expect(events).toEqual([]);
  });

  it('tries an unexpected error three times, then dead-letters it with the attempts', async () => {
    let tries = 0;
    const handler = handlerWith(async () => {
      tries++;
      throw new Error('invalid input syntax for type json');
    });
    await handler.handleBatch(payloadOf([message(5)], events));
    expect(tries).toBe(3);
    expect(letters[0].message.headers).toMatchObject({
      [FailureHeaders.error]: 'invalid input syntax for type json',
      [FailureHeaders.attempts]: '3',
    });
    expect(events.slice(-4)).toEqual(['dead-letter 5', 'resolve 5', 'commit', 'heartbeat']);
  });

  it('does not resolve a refused record until its dead letter is on the broker', async () => {
    let brokerDown = 2;
    const handler = handlerWith(
      async () => {
        throw new IntakeError('MALFORMED', 'the body is empty', 'body');
      },
      async (letter) => {
        if (brokerDown-- > 0) throw new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
        letters.push(letter);
        events.push('dead-letter');
      },
    );
    await handler.handleBatch(payloadOf([message(0)], events));
    expect(events).toEqual(['heartbeat', 'heartbeat', 'dead-letter', 'resolve 0', 'commit', 'heartbeat']);
  });
});
