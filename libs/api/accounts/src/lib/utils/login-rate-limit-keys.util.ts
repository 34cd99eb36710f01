import { AUTH_RATE_LIMITS } from '../constants/auth-rate-limits.constant';
import type { RateLimitKey } from '../rate-limit/rate-limit-key';

/** The limits one login attempt counts against; the email is compared case-insensitively like the account's. */
export function loginRateLimitKeys(email: string, clientIp: string): RateLimitKey[] {
  const account = email.trim().toLowerCase();
  return [
    // An address never contains "|", so address and email cannot run into each other.
    {
      scope: 'login:account-ip',
      subject: `${clientIp}|${account}`,
      rule: AUTH_RATE_LIMITS.loginFailuresPerAccountAndIp,
    },
    { scope: 'login:account', subject: account, rule: AUTH_RATE_LIMITS.loginFailuresPerAccount },
    { scope: 'login:ip', clientIp, rule: AUTH_RATE_LIMITS.loginFailuresPerIp },
  ];
}
