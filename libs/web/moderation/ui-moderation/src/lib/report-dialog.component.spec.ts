import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ReportDialog, type ReportDialogData } from './report-dialog.component';

describe(ReportDialog.name, () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  function render(send: ReportDialogData['send']) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [ReportDialog, translocoTesting()],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { target: 'SUGGESTION', send } satisfies ReportDialogData },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ReportDialog);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    const pick = (label: string) => {
      const radio = [...element.querySelectorAll('mat-radio-button')].find((r) => r.textContent?.includes(label));
      (radio?.querySelector('input') as HTMLInputElement).click();
    };
    const submit = () => (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const note = (text: string) => {
      const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
    };
    return { element, show, pick, submit, note, close };
  }

  it('asks for a reason first, then sends the reason and the trimmed note and closes', async () => {
    const send = jest.fn(() => Promise.resolve());
    const { element, show, pick, submit, note, close } = render(send);
    expect(element.querySelector('h2')?.textContent).toBe('Report a suggestion');

    submit();
    await show();
    expect(send).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Choose a reason.');

    pick('Spam or advertising');
    note('  Same link in every post  ');
    submit();
    await show();
    expect(send).toHaveBeenCalledWith({ reason: 'SPAM', note: 'Same link in every post' });
    expect(close).toHaveBeenCalledWith(true);
  });

  it('says so when the patron already has an open report, and stays open', async () => {
    const { element, show, pick, submit, close } = render(() => Promise.reject({ code: 'CONFLICT' }));
    pick('Off topic');
    submit();
    await show();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('You have already reported this.');
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses an over-long note before sending', async () => {
    const send = jest.fn(() => Promise.resolve());
    const { element, show, pick, submit, note } = render(send);
    pick('Something else');
    note('x'.repeat(501));
    submit();
    await show();
    expect(send).not.toHaveBeenCalled();
    expect(element.textContent).toContain('At most 500 characters.');
  });
});
