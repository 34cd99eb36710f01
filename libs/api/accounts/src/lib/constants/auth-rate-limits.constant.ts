export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** Generous for people who mistype, tight for password guessing and sign-up spam. */
export const AUTH_RATE_LIMITS = {
  loginPerIp: { limit: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  registerPerIp: { limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
