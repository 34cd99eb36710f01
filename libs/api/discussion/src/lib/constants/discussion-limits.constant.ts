import type { RateLimitRule } from '@lukuhaaste/api/accounts';

/** More @names than this in one comment notify nobody beyond the first ones (no mass pinging). */
export const MENTIONS_MAX = 5;
export const COMMENTS_PAGE_SIZE = 20;
export const THREADS_PAGE_SIZE = 20;

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Flood limits per user: generous for a lively conversation, tight for a script. */
export const DISCUSSION_RATE_LIMITS = {
  commentsPerMinute: { limit: 10, windowSeconds: MINUTE },
  commentsPerHour: { limit: 120, windowSeconds: HOUR },
  threadStartsPerHour: { limit: 5, windowSeconds: HOUR },
  reactionsPerMinute: { limit: 60, windowSeconds: MINUTE },
  /** A preview per pause in typing at most. */
  previewsPerMinute: { limit: 60, windowSeconds: MINUTE },
} satisfies Record<string, RateLimitRule>;
