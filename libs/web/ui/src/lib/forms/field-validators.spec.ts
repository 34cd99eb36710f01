import { FormControl, FormGroup } from '@angular/forms';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import {
  applyServerFieldErrors,
  fieldProblem,
  finishedOnRule,
  lhValidators,
  maxLengthRule,
  splitAuthors,
} from './field-validators';

describe('lhValidators', () => {
  const problem = (validator: keyof typeof lhValidators, value: string) =>
    fieldProblem(new FormControl(value, { validators: lhValidators[validator] }));

  it('asks for a new password of the shared minimum length', () => {
    expect(problem('newPassword', 'short')).toEqual({ code: 'TOO_SHORT', params: { min: 10 } });
    expect(problem('newPassword', '')).toEqual({ code: 'REQUIRED' });
    expect(problem('newPassword', 'long enough!')).toBeNull();
  });

  it('checks email addresses like the API', () => {
    expect(problem('email', 'maija@example')).toEqual({ code: 'INVALID_EMAIL' });
    expect(problem('email', ' maija@example.fi ')).toBeNull();
  });

  it('checks display names with the shared text rules', () => {
    expect(problem('displayName', 'x')).toEqual({ field: 'displayName', code: 'TOO_SHORT', params: { min: 2 } });
    expect(problem('displayName', '\u202Eevil')).toMatchObject({ code: 'INVALID_CHARACTERS' });
    expect(problem('displayName', 'Tove 🐉')).toBeNull();
  });
});

describe('book rules', () => {
  const problem = (validator: keyof typeof lhValidators, value: string) =>
    fieldProblem(new FormControl(value, { validators: lhValidators[validator] }));

  it('accepts an empty or valid ISBN and rejects a wrong check digit', () => {
    expect(problem('isbn', '')).toBeNull();
    expect(problem('isbn', '978-951-0-40963-3')).toBeNull();
    expect(problem('isbn', '951-0-40963-5')).toEqual({ code: 'INVALID_ISBN' });
    expect(problem('isbn', '9789510409637')).toEqual({ code: 'INVALID_ISBN' });
  });

  it('reads authors separated by commas or lines', () => {
    expect(splitAuthors('Tove Jansson, \nAstrid Lindgren\n\n')).toEqual(['Tove Jansson', 'Astrid Lindgren']);
    expect(problem('bookAuthors', ' , ')).toEqual({ code: 'REQUIRED' });
    expect(problem('bookAuthors', 'Tove Jansson')).toBeNull();
  });

  it('limits text length by characters', () => {
    expect(fieldProblem(new FormControl('abcd', { validators: maxLengthRule(3) }))).toEqual({
      code: 'TOO_LONG',
      params: { max: 3 },
    });
  });

  it('checks the finishing date against the challenge period and today', () => {
    const period = { startsOn: '2020-01-01', endsOn: '2999-12-31' };
    const check = (value: string) => fieldProblem(new FormControl(value, { validators: finishedOnRule(() => period) }));

    expect(check(todayInHelsinki())).toBeNull();
    expect(check('2019-12-31')).toEqual({ code: 'BEFORE_START' });
    expect(check('2998-01-01')).toEqual({ code: 'IN_FUTURE' });
    expect(check('2024-02-30')).toEqual({ code: 'INVALID_DATE' });
    expect(check('')).toEqual({ code: 'REQUIRED' });
  });
});

describe(applyServerFieldErrors.name, () => {
  it('shows API field errors on their controls until the next edit and returns the rest', () => {
    const form = new FormGroup({ email: new FormControl('taken@example.fi', { validators: lhValidators.email }) });

    const rest = applyServerFieldErrors(form, [
      { field: 'email', code: 'EMAIL_TAKEN' },
      { field: 'locale', code: 'INVALID_VALUE' },
    ]);

    expect(fieldProblem(form.controls.email)).toEqual({ field: 'email', code: 'EMAIL_TAKEN' });
    expect(form.controls.email.touched).toBe(true);
    expect(rest).toEqual([{ field: 'locale', code: 'INVALID_VALUE' }]);

    form.controls.email.setValue('other@example.fi');
    expect(fieldProblem(form.controls.email)).toBeNull();
  });
});
