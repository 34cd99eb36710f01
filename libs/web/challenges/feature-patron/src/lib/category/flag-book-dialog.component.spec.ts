import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ReadingApi } from '@lukuhaaste/web/data-access/reading';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { FlagBookDialog } from './flag-book-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe(FlagBookDialog.name, () => {
  const reading = { flagBook: jest.fn() };
  const dialogRef = { close: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [FlagBookDialog, translocoTesting()],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { bookId: 'b1', title: 'En man som heter Ove' } },
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: ReadingApi, useValue: reading },
      ],
    });
    const fixture = TestBed.createComponent(FlagBookDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await settle();
      await fixture.whenStable();
    };
    return { fixture, element, submit };
  }

  beforeEach(() => {
    reading.flagBook.mockReset();
    dialogRef.close.mockReset();
  });

  it('sends the chosen reason and the trimmed note, then closes', async () => {
    reading.flagBook.mockResolvedValue(undefined);
    const { element, submit } = await render();
    expect(element.textContent).toContain('En man som heter Ove');
    const author = [...element.querySelectorAll('mat-radio-button')].find((radio) =>
      radio.textContent?.includes('The author is wrong'),
    );
    (author?.querySelector('input') as HTMLInputElement).click();
    const note = element.querySelector('textarea') as HTMLTextAreaElement;
    note.value = '  Fredrik Backman, not Backmann ';
    note.dispatchEvent(new Event('input'));

    await submit();

    expect(reading.flagBook).toHaveBeenCalledWith('b1', 'WRONG_AUTHOR', 'Fredrik Backman, not Backmann');
    expect(dialogRef.close).toHaveBeenCalledWith(true);
  });

  it('tells a patron who already reported the book, and stays open', async () => {
    reading.flagBook.mockRejectedValue(new ApiError('CONFLICT'));
    const { element, submit } = await render();

    await submit();

    expect(reading.flagBook).toHaveBeenCalledWith('b1', 'WRONG_TITLE', null);
    expect(dialogRef.close).not.toHaveBeenCalled();
    expect(element.textContent).toContain('You have already reported this book.');
  });
});
