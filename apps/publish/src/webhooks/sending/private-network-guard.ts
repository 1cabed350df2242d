import { LookupAddress, LookupAllOptions, lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A webhook target that resolves to a private, loopback, link-local or otherwise non-public address. */
export class PrivateAddressRefused extends Error {
  readonly code = 'WEBHOOK_PRIVATE_ADDRESS';
  constructor(message: string) {
    super(message);
    this.name = 'PrivateAddressRefused';
  }
}

/**
 * Why an address may not be a webhook target, or null for a public one.
 * An allow-list: only global unicast passes, so private, loopback,
 * link-local (cloud metadata at 169.254.169.254), unique-local,
 * unspecified, broadcast, multicast, carrier-grade NAT and reserved ranges
 * are all refused, and so is anything ipaddr.js names that we did not think
 * of. An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4
 * address it is.
 */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : `${address} is ${range}`;
}

/** For a URL's host: the problem when it is a non-public IP literal; null for a public one or a name. */
export function literalAddressProblem(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) ? addressProblem(bare) : null;
}

/**
 * A `lookup` for http.request: resolves every address of the host, refuses
 * the connection if any one is not public, and hands Node exactly the
 * addresses it checked, so the connection goes to a checked address and a
 * DNS answer that changes in between (rebinding) cannot switch it. Node
 * skips `lookup` for an IP literal: check those with literalAddressProblem.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  const wanted: LookupAllOptions = { family: options.family, hints: options.hints, all: true };
  dnsLookup(hostname, wanted, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const problems = addresses.map((a) => addressProblem(a.address)).filter((p): p is string => p !== null);
    if (addresses.length === 0 || problems.length > 0)
      return callback(new PrivateAddressRefused(`${hostname} resolves to ${problems.join(', ') || 'nothing'}`), '', 0);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
