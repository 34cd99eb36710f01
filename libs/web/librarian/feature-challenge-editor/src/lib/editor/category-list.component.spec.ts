import { CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { LibrarianChallengesApi } from '@lukuhaaste/web/data-access/librarian';
import { aCategory } from '../../testing-fixtures';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { CategoryList, type CategoryMove } from './category-list.component';

describe(CategoryList.name, () => {
  const categories = [aCategory(1), aCategory(2), aCategory(3)];

  async function render(list = categories) {
    TestBed.configureTestingModule({
      imports: [CategoryList, translocoTesting('librarian')],
      providers: [{ provide: LibrarianChallengesApi, useValue: { updateCategory: jest.fn() } }],
    });
    const fixture = TestBed.createComponent(CategoryList);
    fixture.componentRef.setInput('categories', list);
    fixture.componentRef.setInput('locale', 'en');
    const moves: CategoryMove[] = [];
    fixture.componentInstance.moveTo.subscribe((move) => moves.push(move));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
    return { fixture, element, button, moves };
  }

  it('shows the categories in the order given', async () => {
    const { element } = await render();

    const headings = [...element.querySelectorAll('h3')].map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Category 1', 'Category 2', 'Category 3']);
  });

  it('names the category and the direction of a move button', async () => {
    const { button, moves } = await render();

    button('Move down: Item 1')?.click();

    expect(moves).toEqual([{ category: categories[0], position: 2, direction: 'down' }]);
  });

  it('turns a drop into a move to the new position', async () => {
    const { fixture, moves } = await render();
    const list = fixture.debugElement.query(By.directive(CdkDropList)).injector.get(CdkDropList);
    const drop = (previousIndex: number, currentIndex: number) =>
      list.dropped.emit({ previousIndex, currentIndex } as CdkDragDrop<unknown>);

    drop(2, 0);
    drop(1, 1);

    expect(moves).toEqual([{ category: categories[2], position: 1 }]);
  });

  it('says so when there are no categories', async () => {
    const { element } = await render([]);

    expect(element.querySelector('p')?.textContent?.trim()).toBe('No categories yet. Add the first one below.');
  });
});
