import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError } from './api-error';
import { apiErrorFromGraphqlErrors, apiErrorFromHttpFailure } from './api-error-from-response';

/** Reads the API's error contract out of whatever Apollo Client rejected with. */
export function readApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) return apiErrorFromGraphqlErrors(error.errors);
  if (ServerError.is(error)) return apiErrorFromHttpFailure(error.statusCode, parseBody(error.bodyText));
  return new ApiError('NETWORK_ERROR');
}

function parseBody(bodyText: string): unknown {
  try {
    return JSON.parse(bodyText);
  } catch {
    return null;
  }
}
