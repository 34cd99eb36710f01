import type { RateLimitRule } from '../constants/auth-rate-limits.constant';

/**
 * One limit an action counts against: attempts by a subject (an email, a user
 * id…) or from the client's address. Address limits are skipped for
 * RATE_LIMIT_TRUSTED_NETWORKS, where a whole class shares one address.
 */
export type RateLimitKey = { scope: string; rule: RateLimitRule } & ({ subject: string } | { clientIp: string });

/** Attempts counted by `RateLimitService.take`, to give back if they turn out not to count. */
export interface RateLimitTicket {
  readonly keys: readonly string[];
}
