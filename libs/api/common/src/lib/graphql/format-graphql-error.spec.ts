import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './format-graphql-error';

describe(formatGraphqlError.name, () => {
  it('passes known codes with their details but never a stack trace', () => {
    const formatted = formatGraphqlError(
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'email', code: 'INVALID_EMAIL' }],
          stacktrace: ['at x'],
        },
      },
      false,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', code: 'INVALID_EMAIL' }],
    });
  });

  it('hides the message of unexpected errors in production', () => {
    const formatted = formatGraphqlError(
      { message: 'relation "users" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      false,
    );
    expect(formatted.message).not.toContain('relation');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('tells a client to try again when the database cannot be reached, in development too', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const thrown = new GraphQLError(refused.message, { originalError: refused });
    for (const exposeDetails of [false, true]) {
      const formatted = formatGraphqlError(
        { message: refused.message, path: ['challenges'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        exposeDetails,
        thrown,
      );
      expect(formatted).toEqual({
        message: 'The service is briefly unavailable. Please try again in a moment.',
        path: ['challenges'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });

  it('keeps details of unexpected errors when exposing them in development', () => {
    const formatted = formatGraphqlError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, true);
    expect(formatted.message).toBe('boom');
  });
});
