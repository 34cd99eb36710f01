import { SetMetadata } from '@nestjs/common';
import type { RateLimitRule } from '../constants/auth-rate-limits.constant';

export const ANONYMOUS_LIMIT = 'accounts:anonymousLimit';

export interface AnonymousLimit {
  scope: string;
  rule: RateLimitRule;
}

/**
 * Counts calls by visitors who are not logged in against a limit per client
 * address (RATE_LIMITED beyond it), for public queries expensive enough to
 * tie up the database when scripted.
 */
export const LimitAnonymous = (scope: string, rule: RateLimitRule) =>
  SetMetadata(ANONYMOUS_LIMIT, { scope, rule } satisfies AnonymousLimit);
