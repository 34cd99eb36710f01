import { toApiError } from '@lukuhaaste/web/data-access';
import { apiErrorMessage, type AlertMessage } from '@lukuhaaste/web/ui';

/** The message for a page that could not load; `notFoundKey` names what was missing. */
export function loadErrorMessage(error: unknown, notFoundKey: string): AlertMessage {
  const apiError = toApiError(error);
  return apiError.code === 'NOT_FOUND' ? { key: notFoundKey } : apiErrorMessage(apiError);
}
