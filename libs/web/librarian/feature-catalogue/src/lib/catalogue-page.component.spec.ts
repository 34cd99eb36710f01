import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { aCatalogueBook, aConnection } from '../testing-fixtures';
import { CATALOGUE_SEARCH_DEBOUNCE_MS, CataloguePage } from './catalogue-page.component';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const ove = aCatalogueBook('b1', 'En man som heter Ove', { publishedYear: 2012, language: 'sv' });
const britt = aCatalogueBook('b2', 'Britt-Marie var här');

describe(CataloguePage.name, () => {
  /** What the next dialog (edit or merge) closes with; the dialogs have their own specs. */
  let dialogResult: unknown;
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(dialogResult) })) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [CataloguePage, ApolloTestingModule, translocoTesting('librarian')],
      providers: [provideGraphqlClientTesting(), { provide: MatDialog, useValue: dialog }],
    });
    const fixture = TestBed.createComponent(CataloguePage);
    const controller = TestBed.inject(ApolloTestingController);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const show = async () => {
      await settle();
      await fixture.whenStable();
    };
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    const type = (text: string) => {
      const input = element.querySelector('input[name="query"]') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    const searches = () => controller.match('CatalogueSearchBooks');
    const titles = () =>
      [...element.querySelectorAll('[aria-labelledby="lh-catalogue-search"] cite')].map((e) => e.textContent?.trim());
    const noFlags = () =>
      controller.expectOne('CatalogueFlaggedBooks').flush({ data: { flaggedBooks: aConnection([]) } });
    return { controller, element, show, button, type, searches, titles, noFlags };
  }

  it('lists flagged books with their reasons and readers’ notes, and closes the reports on request', async () => {
    const { controller, element, show, button } = await render();
    controller.expectOne('CatalogueFlaggedBooks').flush({
      data: {
        flaggedBooks: aConnection([
          {
            __typename: 'FlaggedBook',
            book: ove,
            openFlagCount: 3,
            reasons: [
              { __typename: 'BookFlagReasonCount', reason: 'WRONG_TITLE', count: 2 },
              { __typename: 'BookFlagReasonCount', reason: 'DUPLICATE', count: 1 },
            ],
            notes: ['Suomeksi: Mies nimeltä Ove'],
            lastFlaggedAt: '2026-11-25T08:00:00Z',
          },
        ]),
      },
    });
    await show();

    expect(element.textContent).toContain('En man som heter Ove');
    expect([...element.querySelectorAll('.lh-catalogue__reason')].map((e) => e.textContent?.trim())).toEqual([
      'Wrong title: 2',
      'Duplicate: 1',
    ]);
    expect(element.textContent).toContain('“Suomeksi: Mies nimeltä Ove”');

    button('Mark resolved').click();
    await settle();
    const resolve = controller.expectOne('CatalogueResolveBookFlags');
    expect(resolve.operation.variables).toEqual({ bookId: 'b1' });
    resolve.flush({ data: { resolveBookFlags: 3 } });
    await settle();
    controller.expectOne('CatalogueFlaggedBooks').flush({ data: { flaggedBooks: aConnection([]) } });
    await show();

    expect(element.textContent).toContain('The reports on En man som heter Ove were marked resolved.');
    expect(element.textContent).toContain('No open reports – thank you!');
  });

  it('lists every book until a term is typed, then searches once the librarian pauses', async () => {
    const { element, show, type, searches, titles, button, noFlags } = await render();
    noFlags();
    const [all] = searches();
    expect(all?.operation.variables).toMatchObject({ search: '', first: 20 });
    all?.flush({
      data: {
        books: {
          ...aConnection([britt]),
          totalCount: 21,
          pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c20' },
        },
      },
    });
    await show();
    expect(titles()).toEqual(['Britt-Marie var här']);
    expect(element.textContent).toContain('Books found: 21');

    button('Show more').click();
    await settle();
    const [more] = searches();
    expect(more?.operation.variables).toMatchObject({ search: '', after: 'c20' });
    more?.flush({ data: { books: aConnection([ove]) } });
    await show();
    expect(titles()).toEqual(['Britt-Marie var här', 'En man som heter Ove']);

    type('o');
    type(' ove ');
    await settle();
    expect(searches()).toHaveLength(0);

    await settle(CATALOGUE_SEARCH_DEBOUNCE_MS);
    const typed = searches();
    expect(typed.map((search) => search.operation.variables['search'])).toEqual(['ove']);
    typed[0]?.flush({ data: { books: aConnection([ove]) } });
    await show();

    expect(titles()).toEqual(['En man som heter Ove']);
    expect(element.textContent).toContain('Books found: 1');
  });

  it('searches at once on Search, keeps only the newest answer and says when nothing matches', async () => {
    const { element, show, type, searches, titles, button, noFlags } = await render();
    noFlags();
    searches()[0]?.flush({ data: { books: aConnection([britt]) } });
    await show();

    type('ove');
    button('Search').click();
    await settle();
    const [older] = searches();
    type('zzz');
    button('Search').click();
    await settle();
    const [newer] = searches();
    expect([older, newer].map((search) => search?.operation.variables['search'])).toEqual(['ove', 'zzz']);

    newer?.flush({ data: { books: aConnection([]) } });
    older?.flush({ data: { books: aConnection([ove]) } });
    await show();

    expect(titles()).toEqual([]);
    expect(element.textContent).toContain('No books found.');
  });

  it('after a merge says how many entries moved and lost their category, and drops the merged book', async () => {
    const { controller, element, show, searches, titles, button, noFlags } = await render();
    noFlags();
    searches()[0]?.flush({ data: { books: aConnection([ove, britt]) } });
    await show();
    dialogResult = { __typename: 'BookMergeResult', book: britt, movedEntries: 4, unplacedEntries: 1 };

    button('Merge into another…').click();
    await settle();
    controller.expectOne('CatalogueFlaggedBooks').flush({ data: { flaggedBooks: aConnection([]) } });
    await show();

    expect(dialog.open).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ data: { source: ove } }));
    expect(element.textContent).toContain(
      'Merged into Britt-Marie var här. Entries moved: 4, of which left without a category: 1.',
    );
    expect(titles()).toEqual(['Britt-Marie var här']);
  });

  it('shows a corrected book with its new details in the results', async () => {
    const { controller, element, show, searches, titles, button, noFlags } = await render();
    noFlags();
    searches()[0]?.flush({ data: { books: aConnection([ove]) } });
    await show();
    dialogResult = { ...ove, title: 'Mies nimeltä Ove' };

    button('Correct details').click();
    await settle();
    controller.expectOne('CatalogueFlaggedBooks').flush({ data: { flaggedBooks: aConnection([]) } });
    await show();

    expect(element.textContent).toContain('The details of Mies nimeltä Ove were corrected.');
    expect(titles()).toEqual(['Mies nimeltä Ove']);
  });
});
