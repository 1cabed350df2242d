import { retryingConcurrentTransactions } from './concurrent-transactions';

/** What kafkajs throws for error code 51 (a KafkaJSProtocolError carries the type). */
const concurrent = () =>
  Object.assign(new Error('another concurrent operation was ongoing'), { type: 'CONCURRENT_TRANSACTIONS' });
const noSleep = () => Promise.resolve();

describe('retryingConcurrentTransactions', () => {
  it('sends the step again while the broker is still finishing the last transaction', async () => {
    const step = jest
      .fn()
      .mockRejectedValueOnce(concurrent())
      .mockRejectedValueOnce(concurrent())
      .mockResolvedValue('ok');

    await expect(retryingConcurrentTransactions(step, noSleep)).resolves.toBe('ok');
    expect(step).toHaveBeenCalledTimes(3);
  });

  it('passes any other error on at once', async () => {
    const fenced = Object.assign(new Error('fenced'), { type: 'INVALID_PRODUCER_EPOCH' });
    const step = jest.fn().mockRejectedValue(fenced);

    await expect(retryingConcurrentTransactions(step, noSleep)).rejects.toBe(fenced);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('gives up after its last wait, with the error the broker gave', async () => {
    const waits: number[] = [];
    const step = jest.fn().mockRejectedValue(concurrent());

    await expect(retryingConcurrentTransactions(step, async (ms) => void waits.push(ms))).rejects.toMatchObject({
      type: 'CONCURRENT_TRANSACTIONS',
    });
    expect(step).toHaveBeenCalledTimes(waits.length + 1);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(2000);
  });
});
