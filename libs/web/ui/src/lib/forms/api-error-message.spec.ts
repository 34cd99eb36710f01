import { apiErrorMessage } from './api-error-message';

describe(apiErrorMessage.name, () => {
  it('tells how long to wait when rate limited', () => {
    expect(apiErrorMessage({ code: 'RATE_LIMITED', retryAfterSeconds: 42 })).toEqual({
      key: 'errors.rateLimited',
      params: { seconds: 42 },
    });
    expect(apiErrorMessage({ code: 'RATE_LIMITED' })).toEqual({ key: 'errors.rateLimitedSoon' });
  });

  it('points to the fields for input errors and has a message for the unexpected', () => {
    expect(apiErrorMessage({ code: 'CONFLICT' }).key).toBe('errors.invalidInput');
    expect(apiErrorMessage({ code: 'NETWORK_ERROR' }).key).toBe('errors.network');
    expect(apiErrorMessage({ code: 'SOMETHING_ELSE' }).key).toBe('errors.server');
  });
});
