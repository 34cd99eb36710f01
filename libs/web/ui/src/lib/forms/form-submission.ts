import { signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { FieldError } from '@lukuhaaste/shared/util-rules';
import type { AlertMessage } from '../form-alert/form-alert.component';
import { apiErrorMessage, type ApiErrorLike } from './api-error-message';
import { applyServerFieldErrors } from './field-validators';

/** A failed submit as the form reads it: the API's error with the fields it blames. */
export interface SubmitError extends ApiErrorLike {
  fields: readonly FieldError[];
}

/** The submit cycle of a form that sends to the API. */
export interface FormSubmission {
  /** True while a request is on its way; another submit meanwhile is ignored. */
  readonly submitting: Signal<boolean>;
  /** The form-level message of the last failure; cleared by the next submit. */
  readonly alert: Signal<AlertMessage | null>;
  /**
   * Shows the problems of an invalid form instead of sending; otherwise runs
   * `send`. When it rejects, the server's field errors go onto their controls
   * and the rest into `alert`.
   */
  submit(send: () => Promise<void>): Promise<void>;
}

/**
 * `readError` narrows what `send` rejected with (the data-access layer's
 * `toApiError`); `alertFor` words the form-level message when a form says
 * some code its own way.
 */
export function formSubmission(
  form: AbstractControl,
  readError: (error: unknown) => SubmitError,
  alertFor: (error: SubmitError) => AlertMessage = apiErrorMessage,
): FormSubmission {
  const submitting = signal(false);
  const alert = signal<AlertMessage | null>(null);
  return {
    submitting: submitting.asReadonly(),
    alert: alert.asReadonly(),
    async submit(send) {
      alert.set(null);
      if (form.invalid || submitting()) {
        form.markAllAsTouched();
        return;
      }
      submitting.set(true);
      try {
        await send();
      } catch (caught) {
        const error = readError(caught);
        applyServerFieldErrors(form, error.fields);
        alert.set(alertFor(error));
      } finally {
        submitting.set(false);
      }
    },
  };
}
