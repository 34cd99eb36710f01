export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

const MINUTES = 60;

/**
 * Sized for a school class or a library event: 35 people registering and
 * logging in from one NAT address within minutes, with typos, stay well
 * inside the per-address limits. Logins count only failures.
 */
export const AUTH_RATE_LIMITS = {
  /** Strict, but only from one address: a guesser elsewhere cannot lock the owner out. */
  loginFailuresPerAccountAndIp: { limit: 10, windowSeconds: 15 * MINUTES },
  /** Looser, across all addresses: slows guessing spread over many addresses. */
  loginFailuresPerAccount: { limit: 100, windowSeconds: 60 * MINUTES },
  /** Wrong passwords against many accounts from one address. */
  loginFailuresPerIp: { limit: 100, windowSeconds: 15 * MINUTES },
  registerPerIp: { limit: 60, windowSeconds: 60 * MINUTES },
  /** Guessing the current password with a stolen session. */
  changePasswordFailuresPerUser: { limit: 10, windowSeconds: 15 * MINUTES },
  /** Each export reads everything about the user; a few an hour is plenty for a person. */
  dataExportsPerUser: { limit: 20, windowSeconds: 60 * MINUTES },
} satisfies Record<string, RateLimitRule>;
