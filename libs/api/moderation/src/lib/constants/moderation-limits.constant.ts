import type { RateLimitRule } from '@lukuhaaste/api/accounts';

/** Shared with the web app's report and reason dialogs. */
export { MODERATION_REASON_MAX_LENGTH, REPORT_NOTE_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';

/** Plenty for a reader cleaning up a thread; stops one account from flooding the queue. */
export const REPORTS_PER_USER: RateLimitRule = { limit: 20, windowSeconds: 60 * 60 };
