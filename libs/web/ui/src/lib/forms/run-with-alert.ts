import type { WritableSignal } from '@angular/core';
import type { AlertMessage } from '../form-alert/form-alert.component';
import { apiErrorMessage, type ApiErrorLike } from './api-error-message';

export interface AlertingState {
  /** True while the work runs. */
  busy: WritableSignal<boolean>;
  /** Cleared when the work starts; the failure's form-level message when it rejects. */
  alert: WritableSignal<AlertMessage | null>;
  /** Narrows what the work rejected with (the data-access layer's `toApiError`). */
  readError: (error: unknown) => ApiErrorLike;
}

/** Runs a page's API call, showing that it is busy meanwhile and, when it fails, why. */
export async function runWithAlert(
  work: () => Promise<void>,
  { busy, alert, readError }: AlertingState,
): Promise<void> {
  busy.set(true);
  alert.set(null);
  try {
    await work();
  } catch (error) {
    alert.set(apiErrorMessage(readError(error)));
  } finally {
    busy.set(false);
  }
}
