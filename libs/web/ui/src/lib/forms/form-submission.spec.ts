import { FormControl, FormGroup, Validators } from '@angular/forms';
import { fieldProblem } from './field-validators';
import { formSubmission, type SubmitError } from './form-submission';

const rejectWith = (error: SubmitError) => () => Promise.reject(error);
const asIs = (error: unknown) => error as SubmitError;

describe(formSubmission.name, () => {
  const newForm = () => new FormGroup({ email: new FormControl('reader@example.org', Validators.required) });

  it('shows the problems of an invalid form instead of sending', async () => {
    const form = newForm();
    form.controls.email.setValue('');
    const send = jest.fn(() => Promise.resolve());

    await formSubmission(form, asIs).submit(send);

    expect(send).not.toHaveBeenCalled();
    expect(form.controls.email.touched).toBe(true);
  });

  it("puts the server's field errors on their controls and the rest in the alert", async () => {
    const form = newForm();
    const submission = formSubmission(form, asIs);

    await submission.submit(rejectWith({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'TAKEN' }] }));

    expect(fieldProblem(form.controls.email)).toMatchObject({ code: 'TAKEN' });
    expect(submission.alert()).toEqual({ key: 'errors.invalidInput' });
    expect(submission.submitting()).toBe(false);
  });

  it("words the alert the form's own way and clears it on the next submit", async () => {
    const submission = formSubmission(newForm(), asIs, (error) => ({ key: `own.${error.code}` }));

    await submission.submit(rejectWith({ code: 'CONFLICT', fields: [] }));
    expect(submission.alert()).toEqual({ key: 'own.CONFLICT' });

    await submission.submit(() => Promise.resolve());
    expect(submission.alert()).toBeNull();
  });

  it('ignores a second submit while the first is on its way', async () => {
    const submission = formSubmission(newForm(), asIs);
    let finish = () => undefined as void;
    const send = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));

    const first = submission.submit(send);
    expect(submission.submitting()).toBe(true);
    await submission.submit(send);
    finish();
    await first;

    expect(send).toHaveBeenCalledTimes(1);
    expect(submission.submitting()).toBe(false);
  });
});
