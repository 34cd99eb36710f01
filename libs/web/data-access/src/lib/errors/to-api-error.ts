import { ApiError } from './api-error';

/**
 * Narrows whatever a `catch` received to the API's error shape. `GraphqlClient`
 * only rejects with `ApiError`, so anything else is a bug in the page itself and
 * is reported to the user like a server failure rather than a network one.
 */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR');
}
