import { plainText, storableText } from './plain-text';

describe('storableText', () => {
  it('drops NUL and other C0 controls but keeps tab and newlines', () => {
    expect(storableText('a\u0000b\u0007c\td\ne\r\u007F')).toBe('abc\td\ne\r');
  });

  it('replaces lone surrogates, which Postgres jsonb refuses, with U+FFFD', () => {
    expect(storableText('x\ud800y\udc00z')).toBe('x\uFFFDy\uFFFDz');
    expect(storableText('emoji 😀 kept')).toBe('emoji 😀 kept');
  });
});

describe('plainText', () => {
  it('keeps the visible text of markup and drops scripts, styles and handlers', () => {
    expect(plainText('<b>Idlib</b> shelling <img src=x onerror=alert(1)>')).toBe('Idlib shelling');
    expect(plainText('Attack<script>alert(1)</script> on market')).toBe('Attack on market');
    expect(plainText('<style>p{}</style>قصف <i>إدلب</i>')).toBe('قصف إدلب');
  });

  it('leaves text that only looks like arithmetic alone', () => {
    expect(plainText('Profits < 5% as costs > revenue')).toBe('Profits < 5% as costs > revenue');
    expect(plainText('AT&T <3')).toBe('AT&T <3');
  });
});
