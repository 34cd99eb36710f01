import type { AlertMessage } from '../form-alert/form-alert.component';

/** The part of the API error contract a form-level message depends on. */
export interface ApiErrorLike {
  code: string;
  retryAfterSeconds?: number;
}

/** The form-level message for an API error; field errors are shown at their fields instead. */
export function apiErrorMessage(error: ApiErrorLike): AlertMessage {
  switch (error.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
      return { key: 'errors.invalidInput' };
    case 'RATE_LIMITED':
      return error.retryAfterSeconds
        ? { key: 'errors.rateLimited', params: { seconds: error.retryAfterSeconds } }
        : { key: 'errors.rateLimitedSoon' };
    case 'UNAUTHENTICATED':
      return { key: 'errors.unauthenticated' };
    case 'FORBIDDEN':
      return { key: 'errors.forbidden' };
    case 'NOT_FOUND':
      return { key: 'errors.notFound' };
    case 'NETWORK_ERROR':
      return { key: 'errors.network' };
    default:
      return { key: 'errors.server' };
  }
}
