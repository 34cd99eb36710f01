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

  it('keeps details of unexpected errors when exposing them in development', () => {
    const formatted = formatGraphqlError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, true);
    expect(formatted.message).toBe('boom');
  });
});
