import { createHmac } from 'node:crypto';
import { SignedRequest, signRequest, verifyRequestSignature } from './request-signature';

const SECRET = 'a3f1c9e2b7d44e0a9c1b2d3e4f506172839405a6b7c8d9e0f1a2b3c4d5e6f708';
const BODY = Buffer.from('Idlib, SMART: factions take a village', 'utf8');
const NOW = 1_700_000_000;
const CONTENT_TYPE = 'application/vnd.iptc.ninjs+json';

function request(overrides: Partial<SignedRequest> = {}): SignedRequest {
  return {
    secret: SECRET,
    contentType: CONTENT_TYPE,
    body: BODY,
    timestamp: String(NOW),
    signature: signRequest(SECRET, NOW, CONTENT_TYPE, BODY),
    nowSeconds: NOW,
    windowSeconds: 300,
    ...overrides,
  };
}

describe('request signatures', () => {
  it('signs "<timestamp>\\n<content-type>\\n<raw body>" with HMAC-SHA256 as sha256=<hex>', () => {
    const expected = createHmac('sha256', SECRET).update(`${NOW}\n${CONTENT_TYPE}\n`).update(BODY).digest('hex');
    expect(signRequest(SECRET, NOW, CONTENT_TYPE, BODY)).toBe(`sha256=${expected}`);
  });

  it('accepts a body signed with the feed secret at the current time', () => {
    expect(verifyRequestSignature(request())).toEqual({ ok: true });
  });

  it('refuses a signed body sent again under another Content-Type', () => {
    expect(verifyRequestSignature(request({ contentType: 'text/plain' }))).toMatchObject({ problem: 'bad-signature' });
  });

  it('accepts a body that is not UTF-8, signed as the bytes sent', () => {
    const windows1256 = Buffer.from([0xc7, 0xe1, 0xce, 0xc8, 0xd1]);
    expect(
      verifyRequestSignature(
        request({ body: windows1256, signature: signRequest(SECRET, NOW, CONTENT_TYPE, windows1256) }),
      ),
    ).toEqual({ ok: true });
  });

  it('refuses a tampered body', () => {
    const tampered = Buffer.from('Idlib, SMART: factions take a town', 'utf8');
    expect(verifyRequestSignature(request({ body: tampered }))).toMatchObject({
      ok: false,
      problem: 'bad-signature',
      detail: expect.stringMatching(/does not match/),
    });
  });

  it('refuses a signature made with another secret', () => {
    const forged = signRequest('not the feed secret', NOW, CONTENT_TYPE, BODY);
    expect(verifyRequestSignature(request({ signature: forged }))).toMatchObject({
      ok: false,
      problem: 'bad-signature',
    });
  });

  it('refuses a signature moved to another timestamp', () => {
    expect(verifyRequestSignature(request({ timestamp: String(NOW + 1) }))).toMatchObject({
      ok: false,
      problem: 'bad-signature',
    });
  });

  it('refuses a correctly signed request older than the replay window', () => {
    const then = NOW - 301;
    expect(
      verifyRequestSignature(
        request({ timestamp: String(then), signature: signRequest(SECRET, then, CONTENT_TYPE, BODY) }),
      ),
    ).toEqual({
      ok: false,
      problem: 'outside-window',
      detail: 'the signature timestamp is 301 s old; the window is 300 s',
    });
  });

  it('refuses a correctly signed request from too far in the future', () => {
    const later = NOW + 301;
    expect(
      verifyRequestSignature(
        request({ timestamp: String(later), signature: signRequest(SECRET, later, CONTENT_TYPE, BODY) }),
      ),
    ).toMatchObject({
      ok: false,
      problem: 'outside-window',
      detail: expect.stringMatching(/301 s in the future/),
    });
  });

  it('accepts a timestamp at the edge of the window, either way', () => {
    for (const at of [NOW - 300, NOW + 300]) {
      expect(
        verifyRequestSignature(
          request({ timestamp: String(at), signature: signRequest(SECRET, at, CONTENT_TYPE, BODY) }),
        ),
      ).toEqual({ ok: true });
    }
  });

  it('refuses a request without signature headers, naming both', () => {
    expect(verifyRequestSignature(request({ signature: undefined }))).toMatchObject({
      problem: 'bad-signature',
      detail: expect.stringMatching(/X-Signature and X-Signature-Timestamp/),
    });
    expect(verifyRequestSignature(request({ timestamp: undefined }))).toMatchObject({ problem: 'bad-signature' });
  });

  it('refuses a signature in another scheme or of the wrong length', () => {
    const hex = signRequest(SECRET, NOW, CONTENT_TYPE, BODY).slice('sha256='.length);
    expect(verifyRequestSignature(request({ signature: hex }))).toMatchObject({
      problem: 'bad-signature',
      detail: expect.stringMatching(/sha256=/),
    });
    expect(verifyRequestSignature(request({ signature: `sha256=${hex.slice(2)}` }))).toMatchObject({
      problem: 'bad-signature',
    });
  });

  it('refuses a timestamp that is not unix seconds', () => {
    expect(verifyRequestSignature(request({ timestamp: '2023-11-14T22:13:20Z' }))).toMatchObject({
      problem: 'bad-signature',
      detail: expect.stringMatching(/unix seconds/),
    });
  });
});
