import { FormControl, FormGroup } from '@angular/forms';
import { applyServerFieldErrors, fieldProblem, lhValidators } from './field-validators';

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
