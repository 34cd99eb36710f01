import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aModeratedUser } from '../../testing-fixtures';
import { SuspensionDialog } from './suspension-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe(SuspensionDialog.name, () => {
  function render() {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [SuspensionDialog, ApolloTestingModule, translocoTesting()],
      providers: [
        provideGraphqlClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: { user: { id: 'u1', displayName: 'Kirjakauppias' } } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(SuspensionDialog);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    const pick = (label: string) =>
      (
        [...element.querySelectorAll('mat-radio-button')]
          .find((r) => r.textContent?.includes(label))
          ?.querySelector('input') as HTMLInputElement
      ).click();
    const type = (selector: string, text: string) => {
      const field = element.querySelector(selector) as HTMLInputElement;
      field.value = text;
      field.dispatchEvent(new Event('input'));
    };
    const submit = () => (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    return { element, show, pick, type, submit, close, controller: TestBed.inject(ApolloTestingController) };
  }

  it('suspends for a week by default with the reason, showing when it ends, and closes with the user', async () => {
    const { element, show, type, submit, close, controller } = render();
    expect(element.querySelector('h2')?.textContent).toBe('Suspend Kirjakauppias');
    await show();
    expect(element.textContent).toContain('Ends ');

    type('textarea', ' Spam in five threads ');
    submit();
    await settle();
    const suspend = controller.expectOne('ModerationSuspendUser');
    const { until, ...rest } = suspend.operation.variables;
    expect(rest).toEqual({ userId: 'u1', reason: 'Spam in five threads' });
    const days = (new Date(until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const user = aModeratedUser('u1', 'Kirjakauppias', until);
    suspend.flush({ data: { suspendUser: user } });
    await show();
    expect(close).toHaveBeenCalledWith(user);
  });

  it('asks for a date after today when suspending until a date, and requires a reason', async () => {
    const { element, show, pick, type, submit, controller } = render();
    pick('Until a date');
    await show();
    type('input[type="date"]', '2020-01-01');
    submit();
    await show();
    expect(element.textContent).toContain('Choose a date after today.');
    expect(element.textContent).toContain('This field is required.');

    type('input[type="date"]', '2099-01-15');
    type('textarea', 'Repeated insults');
    submit();
    await settle();
    expect(controller.expectOne('ModerationSuspendUser').operation.variables).toMatchObject({
      until: '2099-01-14T22:00:00.000Z',
    });
  });
});
