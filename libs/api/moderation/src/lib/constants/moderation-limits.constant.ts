import type { RateLimitRule } from '@lukuhaaste/api/accounts';

/** A reporter's own words to the moderators. */
export const REPORT_NOTE_MAX_LENGTH = 500;

/** A moderator's reason, shown in the log (and as the hidden reason to staff). */
export const MODERATION_REASON_MAX_LENGTH = 500;

/** Plenty for a reader cleaning up a thread; stops one account from flooding the queue. */
export const REPORTS_PER_USER: RateLimitRule = { limit: 20, windowSeconds: 60 * 60 };
