import { statsFigures } from '../testing';
import {
  categoriesTable,
  keyFiguresTable,
  monthsTable,
  progressTable,
  topBooksTable,
  type Translate,
} from './stats-table';

/** Shows keys as they are, so the specs read the structure rather than the wording. */
const t: Translate = (key) => key.replace('librarian.stats.', '');

describe('statistics tables', () => {
  const current = statsFigures();
  const previous = statsFigures({
    participants: 9,
    months: [
      { month: '2025-02', entries: 8, comments: 1 },
      { month: '2025-12', entries: 4, comments: 0 },
    ],
    completedCategoryCounts: [{ completedCategories: 1, participants: 5 }],
  });

  it('puts the previous year beside each key figure', () => {
    expect(keyFiguresTable(t, { current, previous })).toEqual({
      header: ['figure', 'thisYear', 'previousYear'],
      rows: [
        ['keys.participants', 12, 9],
        ['keys.activeParticipants', 7, 7],
        ['keys.entries', 30, 30],
        ['keys.completions', 2, 2],
      ],
    });
  });

  it('leaves the previous-year column out when there is no previous challenge', () => {
    const table = keyFiguresTable(t, { current, previous: null });
    expect(table.header).toEqual(['figure', 'thisYear']);
    expect(table.rows[0]).toEqual(['keys.participants', 12]);
  });

  it("lines up the previous year's entries by calendar month", () => {
    expect(monthsTable(t, { current, previous }).rows).toEqual([
      ['2026-01', 10, 3, 0],
      ['2026-02', 20, 0, 8],
    ]);
  });

  it('compares progress by the number of filled categories, zero where last year had none', () => {
    expect(progressTable(t, { current, previous }).rows).toEqual([
      [0, 4, 0],
      [1, 6, 5],
      [2, 2, 0],
    ]);
  });

  it('names categories in the active language, falling back to Finnish', () => {
    expect(categoriesTable(t, current, 'sv').rows).toEqual([
      ['Diktbok', 9],
      ['Klassikko', 5],
    ]);
  });

  it('joins co-authors into one cell', () => {
    const figures = statsFigures({ topBooks: [{ bookId: 'b', title: 'Kirja', authors: ['A', 'B'], entries: 2 }] });
    expect(topBooksTable(t, figures).rows).toEqual([['Kirja', 'A; B', 2]]);
  });
});
