import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError } from './api-error';
import { readApiError } from './read-api-error';

describe(readApiError.name, () => {
  it('reads the code and field errors of a BAD_USER_INPUT error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'password', code: 'TOO_SHORT', params: { min: 10 } },
              { field: 'displayName', code: 'INVALID_CHARACTERS' },
            ],
          },
        },
      ],
    });

    const result = readApiError(error);

    expect(result.code).toBe('BAD_USER_INPUT');
    expect(result.fieldError('password')).toEqual({ field: 'password', code: 'TOO_SHORT', params: { min: 10 } });
    expect(result.fieldError('displayName')?.code).toBe('INVALID_CHARACTERS');
  });

  it('reads how long to wait from RATE_LIMITED', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }],
    });

    expect(readApiError(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('ignores field entries that do not follow the contract', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'NOT_A_CODE' }, 'junk'] },
        },
      ],
    });

    expect(readApiError(error).fields).toEqual([]);
  });

  it('treats an unknown code as an internal error', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }] });

    expect(readApiError(error).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'INVALID_EMAIL' }] } },
      ],
    });
    const error = new ServerError('Response not successful', { response: { status: 400 } as Response, bodyText: body });

    expect(readApiError(error)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', code: 'INVALID_EMAIL' }],
    });
  });

  it('maps a bare 429 to RATE_LIMITED and a 502 to INTERNAL_SERVER_ERROR', () => {
    const tooMany = new ServerError('x', { response: { status: 429 } as Response, bodyText: '' });
    const badGateway = new ServerError('x', { response: { status: 502 } as Response, bodyText: '<html>' });

    expect(readApiError(tooMany).code).toBe('RATE_LIMITED');
    expect(readApiError(badGateway).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('calls anything else a network error and passes ApiErrors through', () => {
    const own = new ApiError('FORBIDDEN');

    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK_ERROR');
    expect(readApiError(own)).toBe(own);
  });
});
