import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { ModerationReasonDialog, type ModerationReasonDialogData } from './moderation-reason-dialog.component';

describe(ModerationReasonDialog.name, () => {
  function render(data: ModerationReasonDialogData) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [ModerationReasonDialog, translocoTesting()],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ModerationReasonDialog);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const type = (text: string) => {
      const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { element, type, submit, close };
  }

  it('requires a reason and closes with it trimmed', async () => {
    const { element, type, submit, close } = render({
      titleKey: 'moderation.comment.hideTitle',
      submitKey: 'moderation.comment.hide',
    });
    expect(element.querySelector('h2')?.textContent).toBe('Hide the comment');
    type('   ');
    await submit();
    expect(close).not.toHaveBeenCalled();
    expect(element.textContent).toContain('This field is required.');

    type('  Insults another reader ');
    await submit();
    expect(close).toHaveBeenCalledWith('Insults another reader');
  });

  it('lets an optional reason stay empty', async () => {
    const { element, submit, close } = render({
      titleKey: 'moderation.suspend.unsuspendTitle',
      submitKey: 'moderation.suspend.unsuspendSubmit',
      optional: true,
    });
    expect(element.textContent).toContain('Reason (optional)');
    await submit();
    expect(close).toHaveBeenCalledWith('');
  });
});
