import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aCatalogueBook } from '../testing-fixtures';
import { BookEditDialog } from './book-edit-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const ove = aCatalogueBook('b1', 'En man som heter Ove', { publishedYear: 2012, language: 'sv' });

describe(BookEditDialog.name, () => {
  const dialogRef = { close: jest.fn() };

  async function render(flagged: boolean) {
    TestBed.configureTestingModule({
      imports: [BookEditDialog, ApolloTestingModule, translocoTesting('librarian')],
      providers: [
        provideGraphqlClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: { book: ove, flagged } },
      ],
    });
    const fixture = TestBed.createComponent(BookEditDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = (name: string, value: string) => {
      const field = element.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector('form')?.dispatchEvent(new Event('submit'));
      await settle();
    };
    return { fixture, element, type, submit, controller: TestBed.inject(ApolloTestingController) };
  }

  beforeEach(() => dialogRef.close.mockReset());

  it('saves the corrected book, authors one per line, an emptied field cleared, and closes the reports', async () => {
    const { type, submit, controller } = await render(true);
    type('title', '  Mies nimeltä Ove ');
    type('authors', 'Fredrik Backman\nJohanna Kannasmaa');
    type('language', '');

    await submit();
    const update = controller.expectOne('CatalogueUpdateBook');
    expect(update.operation.variables).toEqual({
      id: 'b1',
      input: {
        title: 'Mies nimeltä Ove',
        authors: ['Fredrik Backman', 'Johanna Kannasmaa'],
        isbn: null,
        publishedYear: 2012,
        language: null,
      },
      resolveFlags: true,
    });
    const saved = { ...ove, title: 'Mies nimeltä Ove', language: null };
    update.flush({ data: { updateBook: saved } });
    await settle();

    expect(dialogRef.close).toHaveBeenCalledWith(saved);
  });

  it('keeps the dialog open and says so when another book already has the ISBN', async () => {
    const { fixture, element, type, submit, controller } = await render(false);
    expect(element.textContent).not.toContain("Mark this book's reports resolved");
    type('isbn', '9789510396230');

    await submit();
    const update = controller.expectOne('CatalogueUpdateBook');
    expect(update.operation.variables['resolveFlags']).toBe(false);
    update.graphqlErrors([
      { message: 'Conflict', extensions: { code: 'CONFLICT', fields: [{ field: 'isbn', code: 'TAKEN' }] } },
    ]);
    await settle();
    await fixture.whenStable();

    expect(dialogRef.close).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Another book already has this ISBN. Merge the books instead.');
  });
});
