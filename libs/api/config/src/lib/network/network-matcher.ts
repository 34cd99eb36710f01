import { BlockList } from 'node:net';
import type { NetworkRange } from './network-range';

/** A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; IPv4 ranges must still match them. */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** Builds the membership test once, so checking a request's address is cheap. */
export function createNetworkMatcher(ranges: readonly NetworkRange[]): (ip: string) => boolean {
  if (ranges.length === 0) return () => false;
  const blocks = new BlockList();
  for (const range of ranges) blocks.addSubnet(range.address, range.prefix, range.family);
  return (ip) => {
    const mapped = IPV4_MAPPED.exec(ip)?.[1];
    if (mapped) return blocks.check(mapped, 'ipv4');
    try {
      return blocks.check(ip, ip.includes(':') ? 'ipv6' : 'ipv4');
    } catch {
      // Not an address at all (e.g. a test double's socket): never trusted.
      return false;
    }
  };
}
