import { RateLimitedException } from '../errors/access.exception';
import { ValidationException } from '../errors/validation.exception';
import { domainExceptionToGraphqlError } from './to-graphql-error';

describe(domainExceptionToGraphqlError.name, () => {
  it('puts the public code and the field details into extensions', () => {
    const error = domainExceptionToGraphqlError(new ValidationException([{ field: 'email', code: 'INVALID_EMAIL' }]));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'INVALID_EMAIL' }] });
  });

  it('adds extra facts such as when to retry', () => {
    const error = domainExceptionToGraphqlError(new RateLimitedException(42));
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 42 });
  });
});
