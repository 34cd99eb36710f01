import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aCatalogueBook, aConnection } from '../testing-fixtures';
import { BookMergeDialog } from './book-merge-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const duplicate = aCatalogueBook('b1', 'Mies nimeltä Ove');
const original = aCatalogueBook('b2', 'Mies nimeltä Ove (pokkari)');

describe(BookMergeDialog.name, () => {
  const dialogRef = { close: jest.fn() };

  it('finds the target by search (never the book itself), says what will happen and merges', async () => {
    TestBed.configureTestingModule({
      imports: [BookMergeDialog, ApolloTestingModule, translocoTesting('librarian')],
      providers: [
        provideGraphqlClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: { source: duplicate } },
      ],
    });
    const fixture = TestBed.createComponent(BookMergeDialog);
    const controller = TestBed.inject(ApolloTestingController);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    expect(button('Merge').disabled).toBe(true);

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const search = controller.expectOne('CatalogueSearchBooks');
    expect(search.operation.variables).toMatchObject({ search: 'Mies nimeltä Ove' });
    search.flush({
      data: {
        books: aConnection([duplicate, original]),
      },
    });
    await show();

    const radios = [...element.querySelectorAll('mat-radio-button')];
    expect(radios.map((radio) => radio.textContent?.trim())).toEqual([expect.stringContaining('(pokkari)')]);
    (radios[0]?.querySelector('input') as HTMLInputElement).click();
    await show();
    expect(element.textContent).toContain(
      'Every entry of Mies nimeltä Ove moves to Mies nimeltä Ove (pokkari), and Mies nimeltä Ove is removed from the catalogue.',
    );

    button('Merge').click();
    await settle();
    const merge = controller.expectOne('CatalogueMergeBooks');
    expect(merge.operation.variables).toEqual({ sourceId: 'b1', targetId: 'b2' });
    const outcome = { __typename: 'BookMergeResult', book: original, movedEntries: 4, unplacedEntries: 1 };
    merge.flush({ data: { mergeBooks: outcome } });
    await settle();

    expect(dialogRef.close).toHaveBeenCalledWith(expect.objectContaining({ movedEntries: 4, unplacedEntries: 1 }));
  });
});
