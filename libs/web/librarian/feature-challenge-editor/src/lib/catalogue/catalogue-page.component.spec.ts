import { TestBed } from '@angular/core/testing';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '../../test-translations';
import { aCatalogueBook, aConnection } from '../../testing-fixtures';
import { CataloguePage } from './catalogue-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const ove = aCatalogueBook('b1', 'En man som heter Ove', { publishedYear: 2012, language: 'sv' });

describe(CataloguePage.name, () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [CataloguePage, ApolloTestingModule, translocoTesting()],
      providers: [provideGraphqlClientTesting()],
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
    return { fixture, controller, element, show, button };
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

  it('searches the whole catalogue and says when nothing matches', async () => {
    const { controller, element, show, button, fixture } = await render();
    controller.expectOne('CatalogueFlaggedBooks').flush({ data: { flaggedBooks: aConnection([]) } });
    await show();
    const input = element.querySelector('input[name="query"]') as HTMLInputElement;
    input.value = '  ove ';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();

    button('Search').click();
    await settle();
    const search = controller.expectOne('CatalogueSearchBooks');
    expect(search.operation.variables).toMatchObject({ search: 'ove', first: 20 });
    search.flush({ data: { books: aConnection([]) } });
    await show();

    expect(element.textContent).toContain('No books found.');
  });
});
