import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  BOOK_AUTHOR_MAX_LENGTH,
  BOOK_AUTHORS_MAX,
  BOOK_TITLE_MAX_LENGTH,
  checkFinishedOn,
  checkSingleLineText,
  DISPLAY_NAME_MAX_LENGTH,
  DISPLAY_NAME_MIN_LENGTH,
  EMAIL_MAX_LENGTH,
  isIsoDate,
  isPlausibleEmail,
  normalizeIsbn,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  todayInHelsinki,
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
    if ([...value].length < PASSWORD_MIN_LENGTH)
      return fail({ code: 'TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } });
    if ([...value].length > PASSWORD_MAX_LENGTH)
      return fail({ code: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } });
    return null;
  }) as ValidatorFn,

  displayName: ((control) => {
    const problem = checkSingleLineText('displayName', text(control), DISPLAY_NAME_MIN_LENGTH, DISPLAY_NAME_MAX_LENGTH);
    return problem ? fail(problem) : null;
  }) as ValidatorFn,

  bookTitle: ((control) => {
    const problem = checkSingleLineText('title', text(control), 1, BOOK_TITLE_MAX_LENGTH);
    return problem ? fail(problem) : null;
  }) as ValidatorFn,

  /** Authors typed one per line or separated by commas. */
  bookAuthors: ((control) => {
    const authors = splitAuthors(text(control));
    if (authors.length === 0) return fail({ code: 'REQUIRED' });
    if (authors.length > BOOK_AUTHORS_MAX) return fail({ code: 'INVALID_VALUE' });
    const tooLong = authors.some((author) => [...author].length > BOOK_AUTHOR_MAX_LENGTH);
    return tooLong ? fail({ code: 'TOO_LONG', params: { max: BOOK_AUTHOR_MAX_LENGTH } }) : null;
  }) as ValidatorFn,

  /** Optional; ISBN-10 or ISBN-13 with a valid check digit, hyphens allowed. */
  isbn: ((control) => {
    const value = text(control).trim();
    return value && !normalizeIsbn(value) ? fail({ code: 'INVALID_ISBN' }) : null;
  }) as ValidatorFn,
};

/** At most `max` characters (counted as the API counts them, by code point). */
export function maxLengthRule(max: number): ValidatorFn {
  return (control) => ([...text(control)].length > max ? fail({ code: 'TOO_LONG', params: { max } }) : null);
}

/** A finishing date within the challenge period and not in the future (Helsinki time). */
export function finishedOnRule(period: () => { startsOn: string; endsOn: string } | null): ValidatorFn {
  return (control) => {
    const value = text(control);
    if (!value) return fail({ code: 'REQUIRED' });
    if (!isIsoDate(value)) return fail({ code: 'INVALID_DATE' });
    const within = period();
    const problem = within ? checkFinishedOn(value, within, todayInHelsinki()) : null;
    return problem ? fail({ code: problem }) : null;
  };
}

/** The authors of a new book as the API wants them: trimmed, no empty entries. */
export function splitAuthors(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((author) => author.trim())
    .filter((author) => author !== '');
}

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

/** Turns a shared-rule check into a validator whose problem `fieldProblem` shows like any other. */
export function textRule(check: (value: string) => Omit<FieldError, 'field'> | null): ValidatorFn {
  return (control) => {
    const problem = check(text(control));
    return problem ? fail(problem) : null;
  };
}
