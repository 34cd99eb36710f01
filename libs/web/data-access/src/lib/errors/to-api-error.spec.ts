import { ApiError } from './api-error';
import { toApiError } from './to-api-error';

describe(toApiError.name, () => {
  it('passes an ApiError through unchanged', () => {
    const own = new ApiError('BAD_USER_INPUT', [{ field: 'title', code: 'REQUIRED' }]);

    expect(toApiError(own)).toBe(own);
  });

  it('calls anything else an internal error without fields', () => {
    const result = toApiError(new TypeError('x is undefined'));

    expect(result).toBeInstanceOf(ApiError);
    expect(result).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', fields: [] });
  });
});
