import { decodeCursor, encodeCursor } from './article-cursor';

describe('the listing cursor', () => {
  it('round-trips a sequence number', () => {
    expect(decodeCursor(encodeCursor('12345'))).toBe('12345');
  });

  it('names nothing when it is not one of ours', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('{"s":"1; DROP TABLE"}').toString('base64url'))).toBeNull();
  });
});
