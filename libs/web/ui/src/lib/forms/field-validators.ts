import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  checkSingleLineText,
  DISPLAY_NAME_MAX_LENGTH,
  DISPLAY_NAME_MIN_LENGTH,
  EMAIL_MAX_LENGTH,
  isPlausibleEmail,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type FieldError,
} from '@lukuhaaste/shared/util-rules';

/** Client-side checks report problems in the API's own shape, under this error key. */
const RULE = 'rule';
/** Problems the API reported for the last submit. */
const SERVER = 'server';

type Problem = Omit<FieldError, 'field'>;

const fail = (problem: Problem): ValidationErrors => ({ [RULE]: problem });
const text = (control: AbstractControl): string => (typeof control.value === 'string' ? control.value : '');

/** Validators that follow the shared rules, so the form rejects what the API would. */
export const lhValidators = {
  required: ((control) => (text(control).trim() ? null : fail({ code: 'REQUIRED' }))) as ValidatorFn,

  email: ((control) => {
    const value = text(control).trim();
    if (!value) return fail({ code: 'REQUIRED' });
    if (value.length > EMAIL_MAX_LENGTH) return fail({ code: 'TOO_LONG', params: { max: EMAIL_MAX_LENGTH } });
    return isPlausibleEmail(value) ? null : fail({ code: 'INVALID_EMAIL' });
  }) as ValidatorFn,

  newPassword: ((control) => {
    const value = text(control);
    if (!value) return fail({ code: 'REQUIRED' });
    if ([...value].length < PASSWORD_MIN_LENGTH) return fail({ code: 'TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } });
    if ([...value].length > PASSWORD_MAX_LENGTH) return fail({ code: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } });
    return null;
  }) as ValidatorFn,

  displayName: ((control) => {
    const problem = checkSingleLineText('displayName', text(control), DISPLAY_NAME_MIN_LENGTH, DISPLAY_NAME_MAX_LENGTH);
    return problem ? fail(problem) : null;
  }) as ValidatorFn,
};

/** The problem to show under a field: the API's verdict on the last submit, else the client rule. */
export function fieldProblem(control: AbstractControl | null): Problem | null {
  const errors = control?.errors;
  return (errors?.[SERVER] as Problem | undefined) ?? (errors?.[RULE] as Problem | undefined) ?? null;
}

/**
 * Puts each API field error on the control of the same name (it clears on the
 * next edit, when validators run again) and returns those no control matched.
 */
export function applyServerFieldErrors(form: AbstractControl, fields: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of fields) {
    const control = form.get(error.field);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER]: error });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}
