import { KafkaMessage } from 'kafkajs';
import { recordBytes } from '../kafka/message-limits';
import { FailureHeaders, toDeadLetter } from './dead-letters';

function recordOf(valueBytes: number): { topic: string; partition: number; message: KafkaMessage } {
  return {
    topic: 'news.ingested.v1',
    partition: 2,
    message: {
      key: Buffer.from('k'),
      value: Buffer.alloc(valueBytes, 'x'),
      headers: { ce_id: 'e1' },
      offset: '41',
      timestamp: '0',
      attributes: 0,
    },
  };
}

describe('toDeadLetter', () => {
  it('keeps the whole value when the letter fits its topic', () => {
    const letter = toDeadLetter(recordOf(1000), 'enrich', new Error('boom'), 5, 10_000);
    expect(letter.message.value).toHaveLength(1000);
    expect(letter.message.headers?.[FailureHeaders.valueTruncated]).toBeUndefined();
  });

  it('cuts a value that would not fit, says how long it was and where the whole record is', () => {
    const letter = toDeadLetter(recordOf(20_000), 'enrich', new Error('boom'), 5, 10_000);
    expect(recordBytes(letter.message)).toBeLessThanOrEqual(10_000);
    expect(letter.message.headers).toMatchObject({
      [FailureHeaders.valueTruncated]: '20000',
      [FailureHeaders.originalTopic]: 'news.ingested.v1',
      [FailureHeaders.originalPartition]: '2',
      [FailureHeaders.originalOffset]: '41',
      [FailureHeaders.error]: 'boom',
    });
  });
});
