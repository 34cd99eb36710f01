import type { RateLimitRule } from '@lukuhaaste/api/accounts';

/** Per user: generous for someone catching up on months of reading, a wall for a script flooding the log. */
export const LOG_READING_RATE_LIMIT: RateLimitRule = { limit: 60, windowSeconds: 10 * 60 };

/**
 * Unplaced entries per participation: far more than a year of quick logging
 * or an import needs, but a bound on what one account can pile up.
 */
export const UNPLACED_ENTRIES_MAX = 200;

/** Per user: a few tries to get a file right, not a way to keep the server parsing megabytes. */
export const IMPORT_RATE_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 60 * 60 };
