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
  const previous = statsFigures(
    {
      participants: 9,
      months: [
        { month: '2025-02', entries: 8, comments: 1 },
        { month: '2025-12', entries: 4, comments: 0 },
      ],
      completedCategoryCounts: [{ completedCategories: 1, participants: 5 }],
    },
    { participants: 2, completions: 0, completedCategoryCounts: [{ completedCategories: 0, participants: 2 }] },
  );

  it('puts paper beside online and the previous year beside each key figure', () => {
    expect(keyFiguresTable(t, { current, previous })).toEqual({
      header: ['figure', 'online', 'onPaper', 'previousOnline', 'previousOnPaper'],
      rows: [
        ['keys.participants', 12, 5, 9, 2],
        ['keys.activeParticipants', 7, null, 7, null],
        ['keys.entries', 30, null, 30, null],
        ['keys.completions', 2, 1, 2, 0],
      ],
    });
  });

  it('leaves the previous-year columns out when there is no previous challenge', () => {
    const table = keyFiguresTable(t, { current, previous: null });
    expect(table.header).toEqual(['figure', 'online', 'onPaper']);
    expect(table.rows[0]).toEqual(['keys.participants', 12, 5]);
  });

  it("lines up the previous year's entries by calendar month", () => {
    expect(monthsTable(t, { current, previous }).rows).toEqual([
      ['2026-01', 10, 3, 0],
      ['2026-02', 20, 0, 8],
    ]);
  });

  it('compares progress online and on paper by the number of filled categories, zero where none', () => {
    const table = progressTable(t, { current, previous });
    expect(table.header).toEqual(['filledCategories', 'online', 'onPaper', 'previousOnline', 'previousOnPaper']);
    expect(table.rows).toEqual([
      [0, 4, 1, 0, 2],
      [1, 6, 3, 5, 0],
      [2, 2, 1, 0, 0],
    ]);
  });

  it("plots this year's online and paper columns and, fainter, the previous year's", () => {
    expect(progressTable(t, { current, previous }).plot).toEqual([
      { column: 1, colour: 0 },
      { column: 2, colour: 1 },
      { column: 3, colour: 0, previousYear: true },
      { column: 4, colour: 1, previousYear: true },
    ]);
    expect(progressTable(t, { current, previous: null }).plot).toEqual([
      { column: 1, colour: 0 },
      { column: 2, colour: 1 },
    ]);
    expect(monthsTable(t, { current, previous }).plot).toEqual([
      { column: 1, colour: 0 },
      { column: 2, colour: 2 },
      { column: 3, colour: 0, previousYear: true },
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
