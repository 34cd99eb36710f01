import { z } from 'zod';
import { parseNetworkList, type NetworkRange } from './network-range';

type RefinementContext = z.RefinementCtx<string>;

function rangesOrIssue(value: string, ctx: RefinementContext): NetworkRange[] {
  const parsed = parseNetworkList(value);
  if ('ranges' in parsed) return parsed.ranges;
  ctx.addIssue({ code: 'custom', message: `"${parsed.invalid}" is not an IPv4/IPv6 address or CIDR block` });
  return z.NEVER;
}

/** A comma-separated list of IPv4/IPv6 addresses and CIDR blocks. */
export const networkListFromEnv = z.string().transform(rangesOrIssue);

/** Which hops may say who the client is: none, the last `n` hops, or the proxies at these addresses. */
export type TrustProxySetting = false | number | NetworkRange[];

const MAX_PROXY_HOPS = 10;

/**
 * `true` (trust every hop) is refused, not mapped: it lets any client put its
 * own X-Forwarded-For in front and so choose the IP every per-IP limit sees.
 */
export const trustProxyFromEnv = z.string().transform((value, ctx): TrustProxySetting => {
  if (value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value) && Number(value) <= MAX_PROXY_HOPS) return Number(value);
  if (value !== 'true') return rangesOrIssue(value, ctx);
  ctx.addIssue({
    code: 'custom',
    message:
      '"true" would trust a client-sent X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses/CIDRs',
  });
  return z.NEVER;
});
