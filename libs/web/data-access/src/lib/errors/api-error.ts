import type { ErrorCode, FieldError } from '@lukuhaaste/shared/util-rules';

/** `NETWORK_ERROR` is the client's own code for "the API could not be reached". */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

/**
 * The API's error contract in one shape: every rejected GraphQL call of the
 * web app rejects with this, so pages never look inside Apollo's error types.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly fields: readonly FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'ApiError';
  }

  /** The server's error for one input field, if it sent one. */
  fieldError(field: string): FieldError | undefined {
    return this.fields.find((error) => error.field === field);
  }
}
