import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { todayInHelsinki } from '@lukuhaaste/shared/util-rules';
import { ApiError } from '@lukuhaaste/web/data-access';
import { ReadingApi } from '@lukuhaaste/web/data-access/reading';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aBook, aChallenge, anEntry, aParticipation } from '../testing/fixtures';
import { LogBookDialog } from './log-book-dialog.component';
import type { LogBookDialogData } from './log-book-launcher.service';
import { TellOthers } from './tell-others.service';

const sleep = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe(LogBookDialog.name, () => {
  const reading = { searchBooks: jest.fn(), log: jest.fn(), update: jest.fn() };
  const dialogRef = { close: jest.fn() };
  const tellOthers = { share: jest.fn() };
  const challenge = aChallenge(3, { startsOn: '2020-01-01', endsOn: '2999-12-31' });

  async function render(data: Partial<LogBookDialogData> = {}) {
    TestBed.configureTestingModule({
      imports: [LogBookDialog, translocoTesting()],
      providers: [
        {
          provide: MAT_DIALOG_DATA,
          useValue: { challenge, participation: aParticipation([anEntry('e1', 1)]), ...data },
        },
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: ReadingApi, useValue: reading },
        { provide: TellOthers, useValue: tellOthers },
      ],
    });
    const fixture = TestBed.createComponent(LogBookDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const field = (label: string) => {
      const found = [...element.querySelectorAll('mat-form-field')].find(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      );
      if (!found) throw new Error(`No field ${label}`);
      return found as HTMLElement;
    };
    const control = (label: string) => field(label).querySelector('input, select, textarea') as HTMLInputElement;
    const type = (label: string, value: string) => {
      const input = control(label);
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    };
    const button = (name: string) => {
      const found = [...element.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      );
      if (!found) throw new Error(`No button ${name}`);
      return found;
    };
    const settle = async () => {
      await sleep();
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await settle();
    };
    return { fixture, element, field, control, type, button, submit, settle };
  }

  beforeEach(() => jest.clearAllMocks());

  it('starts with today, print and no rating, with the category from the page', async () => {
    const { control, element } = await render({ categoryId: 'cat-2' });

    expect(control('Finished on').value).toBe(todayInHelsinki());
    expect(element.querySelector('.mat-mdc-radio-checked')?.textContent?.trim()).toBe('Print');
    expect(element.textContent).toContain('No rating');
    const category = control('Category') as unknown as HTMLSelectElement;
    expect(category.options[category.selectedIndex].textContent?.trim()).toBe('2. Category 2');
    expect([...category.options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toContain(
      '1. Category 1 (has a book)',
    );
  });

  it('logs a book found in the catalogue in three steps', async () => {
    const book = aBook('b1', 'Muumipappa ja meri');
    reading.searchBooks.mockResolvedValue([book]);
    reading.log.mockResolvedValue({ id: 'new' });
    const { control, type, submit, settle } = await render({ categoryId: 'cat-2' });

    control('Book').focus();
    type('Book', 'muumi');
    await sleep(350);
    await settle();
    expect(reading.searchBooks).toHaveBeenCalledWith('muumi');
    const option = [...document.querySelectorAll('mat-option')].find((o) =>
      o.textContent?.includes('Muumipappa ja meri'),
    ) as HTMLElement;
    expect(option.textContent).toContain('Tove Jansson');
    option.click();
    await settle();
    await submit();

    expect(reading.log).toHaveBeenCalledWith({
      challengeId: challenge.id,
      categoryId: 'cat-2',
      bookId: 'b1',
      format: 'PRINT',
      finishedOn: todayInHelsinki(),
      rating: null,
      review: null,
      containsSpoilers: false,
    });
    expect(dialogRef.close).toHaveBeenCalledWith({ id: 'new' });
    expect(tellOthers.share).not.toHaveBeenCalled();
  });

  it('does not search for fewer than two characters', async () => {
    const { control, type, settle } = await render();

    control('Book').focus();
    type('Book', 'm');
    await sleep(350);
    await settle();

    expect(reading.searchBooks).not.toHaveBeenCalled();
  });

  it('checks the ISBN of a new book before sending it', async () => {
    const { button, type, field, submit, settle } = await render();
    button('Book not in the list? Add it').click();
    await settle();

    type('Title', 'Oma kirja');
    type('Authors', 'Maija Meikäläinen, Matti');
    type('ISBN (optional)', '978-951-0-40963-7');
    await submit();

    expect(reading.log).not.toHaveBeenCalled();
    expect(field('ISBN (optional)').querySelector('mat-error')?.textContent?.trim()).toBe('Check the ISBN.');

    type('ISBN (optional)', '951-0-40963-4');
    await submit();
    expect(reading.log).toHaveBeenCalledWith(
      expect.objectContaining({
        newBook: { title: 'Oma kirja', authors: ['Maija Meikäläinen', 'Matti'], isbn: '951-0-40963-4' },
      }),
    );
  });

  it('lets the rating be chosen and cleared again', async () => {
    reading.log.mockResolvedValue({ id: 'new' });
    const { button, element, settle } = await render();

    button('4 of 5 stars').click();
    await settle();
    expect(button('4 of 5 stars').getAttribute('aria-checked')).toBe('true');
    button('Clear rating').click();
    await settle();

    expect(element.querySelectorAll('[role="radio"][aria-checked="true"]')).toHaveLength(0);
    expect(element.textContent).toContain('No rating');
  });

  it('shows the server verdict at the category and edits an existing entry', async () => {
    const entry = { ...anEntry('e2', 3), rating: 5 };
    reading.update.mockRejectedValueOnce(
      new ApiError('BAD_USER_INPUT', [{ field: 'categoryId', code: 'ALREADY_LOGGED' }]),
    );
    const { element, field, type, submit } = await render({ entry });

    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Edit entry');
    expect(element.querySelector('cite')?.textContent).toBe('Book e2');
    type('Category', '1: cat-1');
    await submit();

    expect(reading.update).toHaveBeenCalledWith('e2', expect.objectContaining({ categoryId: 'cat-1', rating: 5 }));
    expect(field('Category').querySelector('mat-error')?.textContent?.trim()).toBe(
      'You have already logged a book for this category.',
    );
    expect(dialogRef.close).not.toHaveBeenCalled();
  });

  it('tells others in the category’s thread only when the patron ticks it', async () => {
    const book = aBook('b1', 'Muumipappa ja meri');
    const saved = { id: 'new', category: { id: 'cat-2' } };
    reading.searchBooks.mockResolvedValue([book]);
    reading.log.mockResolvedValue(saved);
    const { element, control, type, submit, settle } = await render({ categoryId: 'cat-2' });
    const tick = () =>
      [...element.querySelectorAll('mat-checkbox')].find((c) =>
        c.textContent?.includes('Tell others in the category'),
      ) as HTMLElement;
    expect((tick().querySelector('input') as HTMLInputElement).checked).toBe(false);

    control('Book').focus();
    type('Book', 'muumi');
    await sleep(350);
    await settle();
    const option = [...document.querySelectorAll('mat-option')].find((o) => o.textContent?.includes('Muumipappa'));
    (option as HTMLElement).click();
    (tick().querySelector('input') as HTMLInputElement).click();
    await settle();
    await submit();

    expect(dialogRef.close).toHaveBeenCalledWith(saved);
    expect(tellOthers.share).toHaveBeenCalledWith(saved);
  });

  it('offers no tick when editing an entry', async () => {
    const { element } = await render({ entry: anEntry('e2', 3) });
    expect(element.textContent).not.toContain('Tell others in the category');
  });
});
