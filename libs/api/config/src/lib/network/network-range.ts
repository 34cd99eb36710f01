import { isIP } from 'node:net';

/** One address block from a comma-separated CIDR list in the environment. */
export interface NetworkRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `10.0.0.0/8`, `2001:db8::/32` or a bare address (a block of one); null when malformed. */
export function parseNetworkRange(text: string): NetworkRange | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return null;
  const maxPrefix = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
  if (prefix > maxPrefix) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Every entry of a comma-separated list, or the first entry that is not an address block. */
export function parseNetworkList(text: string): { ranges: NetworkRange[] } | { invalid: string } {
  const ranges: NetworkRange[] = [];
  for (const entry of text.split(',').filter((part) => part.trim() !== '')) {
    const range = parseNetworkRange(entry);
    if (!range) return { invalid: entry.trim() };
    ranges.push(range);
  }
  return { ranges };
}

export function formatNetworkRange(range: NetworkRange): string {
  return `${range.address}/${range.prefix}`;
}
