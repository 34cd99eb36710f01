import type { RateLimitRule } from '@lukuhaaste/api/accounts';

export const SUGGESTIONS_PAGE_SIZE = 20;

/** A reader has a few ideas a day, a script has hundreds. */
export const SUGGESTIONS_PER_DAY: RateLimitRule = { limit: 10, windowSeconds: 24 * 60 * 60 };

/** One tap per vote: a person toggling stays far below, a script does not. */
export const VOTES_PER_MINUTE: RateLimitRule = { limit: 60, windowSeconds: 60 };
