import { isErrorCode } from './label-rules';

describe('error code labels', () => {
  it.each(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'RATE_LIMITED'])('accepts %s', (code) => {
    expect(isErrorCode(code)).toBe(true);
  });

  it.each(['', 'bad_user_input', 'BAD USER INPUT', `X${'Y'.repeat(60)}`, '(other)'])('refuses %j', (code) => {
    expect(isErrorCode(code)).toBe(false);
  });
});
