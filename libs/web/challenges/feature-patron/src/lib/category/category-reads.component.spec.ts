import { aBook } from '../testing/fixtures';
import { renderPage } from '../testing/render-page';
import { CATEGORY_READS_PAGE_SIZE, CategoryReads } from './category-reads.component';

/** A page of reads: books `from`…`to` (inclusive), read by ever fewer patrons. */
function readsPage(from: number, to: number, hasNextPage: boolean) {
  const edges = [];
  for (let i = from; i <= to; i++) {
    edges.push({
      __typename: 'CategoryReadEdge',
      cursor: `c${i}`,
      node: { __typename: 'CategoryRead', readerCount: 100 - i, book: aBook(`b${i}`, `Book ${i}`, [`Author ${i}`]) },
    });
  }
  return {
    categoryReads: {
      __typename: 'CategoryReadConnection',
      totalCount: hasNextPage ? to + 1 : to,
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c${to}` },
    },
  };
}

describe(CategoryReads.name, () => {
  const render = () => renderPage(CategoryReads, { inputs: { categoryId: 'cat-1' } });
  const loadMoreButton = (element: HTMLElement) =>
    [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Load more');

  it('lists the most-read books first and adds the next page at the end on "Load more"', async () => {
    const reads = await render();
    await reads.answer('CategoryReads', readsPage(1, CATEGORY_READS_PAGE_SIZE, true));

    expect(reads.texts('cite')).toHaveLength(CATEGORY_READS_PAGE_SIZE);
    expect(reads.texts('cite')[0]).toBe('Book 1');
    expect(reads.texts('.lh-category-reads__count')[0]).toBe('Readers: 99');

    loadMoreButton(reads.element)?.click();
    await reads.settle();
    const next = reads.backend.expectOne('CategoryReads');
    expect(next.operation.variables).toEqual({ categoryId: 'cat-1', first: CATEGORY_READS_PAGE_SIZE, after: 'c10' });
    next.flushData(readsPage(11, 12, false));
    await reads.settle();

    expect(reads.texts('cite')).toHaveLength(12);
    expect(reads.texts('cite').at(-1)).toBe('Book 12');
    expect(loadMoreButton(reads.element)).toBeUndefined();
  });

  it('says so when nobody has logged a book for the category yet', async () => {
    const reads = await render();
    await reads.answer('CategoryReads', readsPage(1, 0, false));

    expect(reads.element.querySelector('lh-empty-state')).not.toBeNull();
    expect(reads.element.querySelector('ol')).toBeNull();
  });

  it('keeps the books shown and explains the failure when the next page cannot load', async () => {
    const reads = await render();
    await reads.answer('CategoryReads', readsPage(1, CATEGORY_READS_PAGE_SIZE, true));

    loadMoreButton(reads.element)?.click();
    await reads.settle();
    reads.backend.expectOne('CategoryReads').networkError(new Error('offline'));
    await reads.settle();

    expect(reads.texts('cite')).toHaveLength(CATEGORY_READS_PAGE_SIZE);
    expect(reads.element.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(loadMoreButton(reads.element)).toBeDefined();

    // The next category starts afresh: its own books, no word of the earlier failure.
    reads.fixture.componentRef.setInput('categoryId', 'cat-2');
    await reads.answer('CategoryReads', readsPage(21, 22, false));
    expect(reads.texts('cite')).toEqual(['Book 21', 'Book 22']);
    expect(reads.element.querySelector('[role="alert"]')?.textContent ?? '').toBe('');
  });
});
