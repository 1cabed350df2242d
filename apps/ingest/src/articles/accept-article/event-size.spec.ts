import { IntakeError } from '../../formats/intake-error';
import { refuseOversizedEvent } from './event-size';

describe('refuseOversizedEvent', () => {
  it('lets an event within the limit through', () => {
    expect(() => refuseOversizedEvent({ key: 'a', value: 'x'.repeat(1000) }, 2000, 4000)).not.toThrow();
  });

  it('refuses an oversized event as TOO_LARGE, naming both limits', () => {
    let thrown: unknown;
    try {
      refuseOversizedEvent({ key: 'a', value: 'x'.repeat(5000) }, 3000, 4000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IntakeError);
    expect((thrown as IntakeError).code).toBe('TOO_LARGE');
    expect((thrown as IntakeError).message).toMatch(
      /at most 3000 bytes.*4000-byte Kafka record limit, KAFKA_MAX_MESSAGE_BYTES/,
    );
  });

  it('counts headers and non-ASCII text in bytes, not characters', () => {
    const arabic = 'ع'.repeat(1000); // 2000 bytes in UTF-8
    expect(() => refuseOversizedEvent({ key: 'a', value: arabic }, 1500, 4000)).toThrow(IntakeError);
  });
});
