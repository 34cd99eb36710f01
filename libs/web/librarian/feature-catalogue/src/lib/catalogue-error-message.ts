import { toApiError } from '@lukuhaaste/web/data-access';
import { apiErrorMessage, type AlertMessage } from '@lukuhaaste/web/ui';

/**
 * The form-level message for a failed catalogue call. CONFLICT says what the
 * caller knows it means: another book has the ISBN (edit), or patrons kept
 * writing to the books throughout the merge's retries (merge).
 */
export function catalogueErrorMessage(error: unknown, conflictKey: string): AlertMessage {
  const apiError = toApiError(error);
  if (apiError.code === 'CONFLICT') return { key: conflictKey };
  return apiErrorMessage(apiError);
}
