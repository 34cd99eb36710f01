import type { FieldError } from '@lukuhaaste/shared/util-rules';
import { toApiError } from '@lukuhaaste/web/data-access';
import type { AlertMessage } from '@lukuhaaste/web/ui';
import { librarianErrorMessage } from '../shared/librarian-error-message';

/** What became of an editor action: the message to show and, for a form, the server's field errors. */
export interface Outcome {
  kind: 'error' | 'success';
  message: AlertMessage;
  fields?: readonly FieldError[];
}

/** A failed call as the page hands it back to the form that asked for it. */
export function failedOutcome(error: unknown): Outcome {
  return { kind: 'error', message: librarianErrorMessage(error), fields: toApiError(error).fields };
}
