import { aCategory, anEntry } from '../testing/fixtures';
import { filterCategories, groupEntries, progressOf, withEntries } from './challenge-progress';

describe('challenge progress', () => {
  const categories = [
    aCategory(1, 'Äänikirja', null),
    aCategory(2, 'Kirja, jonka nimessä on väri', 'A book with a colour in its title'),
    aCategory(3),
  ];
  const entries = [anEntry('e1', 2), anEntry('e2', null), anEntry('e3', null)];
  entries[2] = { ...entries[2], finishedOn: '2026-05-01' };

  it('pairs categories with my entries in category order', () => {
    const items = withEntries(categories, entries);

    expect(items.map((i) => [i.category.position, i.entry?.id ?? null])).toEqual([
      [1, null],
      [2, 'e1'],
      [3, null],
    ]);
  });

  it('filters by done state', () => {
    const items = withEntries(categories, entries);

    expect(filterCategories(items, 'done', '', 'en').map((i) => i.category.position)).toEqual([2]);
    expect(filterCategories(items, 'todo', '', 'en').map((i) => i.category.position)).toEqual([1, 3]);
    expect(filterCategories(items, 'all', '', 'en')).toHaveLength(3);
  });

  it('searches titles in the shown language, ignoring case and accents, and by number', () => {
    const items = withEntries(categories, entries);

    expect(filterCategories(items, 'all', 'COLOUR', 'en').map((i) => i.category.position)).toEqual([2]);
    expect(filterCategories(items, 'all', 'aanikirja', 'en').map((i) => i.category.position)).toEqual([1]);
    expect(filterCategories(items, 'all', '3', 'fi').map((i) => i.category.position)).toEqual([3]);
    expect(filterCategories(items, 'todo', 'colour', 'en')).toEqual([]);
  });

  it('groups my entries by category, then the unplaced ones newest first', () => {
    const { placed, unplaced } = groupEntries(categories, entries);

    expect(placed.map((i) => i.entry?.id)).toEqual(['e1']);
    expect(unplaced.map((e) => e.id)).toEqual(['e3', 'e2']);
  });

  it('reports progress without ever exceeding the total', () => {
    expect(progressOf(12, 50)).toEqual({ done: 12, total: 50, complete: false });
    expect(progressOf(undefined, 50)).toEqual({ done: 0, total: 50, complete: false });
    expect(progressOf(50, 50).complete).toBe(true);
    expect(progressOf(0, 0).complete).toBe(false);
  });
});
