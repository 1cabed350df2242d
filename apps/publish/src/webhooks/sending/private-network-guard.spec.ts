import { LookupAddress } from 'node:dns';
import { addressProblem, literalAddressProblem, publicOnlyLookup } from './private-network-guard';

describe('the private-network guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::', 'unspecified'],
  ])('refuses %s (%s)', (address, range) => {
    expect(addressProblem(address)).toBe(`${address} is ${range}`);
  });

  it('judges an IPv4-mapped IPv6 address as the IPv4 address it is', () => {
    expect(addressProblem('::ffff:127.0.0.1')).toMatch(/loopback/);
    expect(addressProblem('::ffff:10.0.0.1')).toMatch(/private/);
  });

  it('lets public addresses through', () => {
    expect(addressProblem('93.184.216.34')).toBeNull();
    expect(addressProblem('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
  });

  it('checks a URL host that is an IP literal, bracketed or not, and leaves names to the lookup', () => {
    expect(literalAddressProblem('127.0.0.1')).toMatch(/loopback/);
    expect(literalAddressProblem('[::1]')).toMatch(/loopback/);
    expect(literalAddressProblem('example.com')).toBeNull();
  });

  it('refuses a name that resolves to loopback, after resolving it', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      publicOnlyLookup('localhost', { all: true }, (err) => resolve(err)),
    );
    expect(error).toMatchObject({
      code: 'WEBHOOK_PRIVATE_ADDRESS',
      message: expect.stringMatching(/^localhost resolves to .*loopback/),
    });
  });

  it('hands Node the very addresses it checked', async () => {
    // 127.0.0.1 is refused, so a public literal stands in: dns.lookup answers a literal with itself, no network needed.
    const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      publicOnlyLookup('93.184.216.34', { all: true }, (err, found) =>
        err ? reject(err) : resolve(found as LookupAddress[]),
      ),
    );
    expect(addresses).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });
});
