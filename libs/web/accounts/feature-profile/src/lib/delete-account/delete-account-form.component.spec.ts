import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { MyDataApi } from '@lukuhaaste/web/data-access/reading';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { DeleteAccountForm } from './delete-account-form.component';

describe(DeleteAccountForm.name, () => {
  const api = { deleteAccount: jest.fn() };

  beforeEach(() => jest.clearAllMocks());

  async function render() {
    TestBed.configureTestingModule({
      imports: [DeleteAccountForm, translocoTesting('branches')],
      providers: [{ provide: MyDataApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(DeleteAccountForm);
    const deleted = jest.fn();
    fixture.componentInstance.deleted.subscribe(deleted);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async (password: string) => {
      const input = element.querySelector('input[type="password"]') as HTMLInputElement;
      input.value = password;
      input.dispatchEvent(new Event('input'));
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { element, submit, deleted };
  }

  it('labels the password field and asks for it before calling the API', async () => {
    const { element, submit, deleted } = await render();
    expect(element.querySelector('mat-label')?.textContent?.trim()).toBe('Password to confirm');
    await submit('');
    expect(api.deleteAccount).not.toHaveBeenCalled();
    expect(element.textContent).toContain('This field is required.');
    expect(deleted).not.toHaveBeenCalled();
  });

  it('deletes with the password and tells the page', async () => {
    api.deleteAccount.mockResolvedValue(undefined);
    const { submit, deleted } = await render();
    await submit('correct horse battery');
    expect(api.deleteAccount).toHaveBeenCalledWith('correct horse battery');
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('shows a wrong password at the field', async () => {
    api.deleteAccount.mockRejectedValue(
      new ApiError('BAD_USER_INPUT', [{ field: 'password', code: 'WRONG_PASSWORD' }]),
    );
    const { element, submit, deleted } = await render();
    await submit('guess');
    expect(element.querySelector('mat-error')?.textContent).toContain('The password is wrong.');
    expect(deleted).not.toHaveBeenCalled();
  });

  it('explains why the last admin cannot leave', async () => {
    api.deleteAccount.mockRejectedValue(new ApiError('CONFLICT'));
    const { element, submit } = await render();
    await submit('correct horse battery');
    expect(element.textContent).toContain('You are the only admin.');
  });
});
