import { toApiError } from '@lukuhaaste/web/data-access';
import { apiErrorMessage, type AlertMessage } from '@lukuhaaste/web/ui';

/** The form-level message for a failed editor call; CONFLICT only comes from publishing a second challenge for a year. */
export function librarianErrorMessage(error: unknown): AlertMessage {
  const apiError = toApiError(error);
  if (apiError.code === 'CONFLICT') return { key: 'librarian.errors.conflict' };
  return apiErrorMessage(apiError);
}
