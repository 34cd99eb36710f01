import { ImportSkipReason, type GoodreadsRead } from '@lukuhaaste/api/books';
import { checkImportedRead } from './check-imported-read.util';

const PERIOD = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
const TODAY = '2026-06-15';
const READ: GoodreadsRead = {
  row: 2,
  title: 'Kirja',
  book: { title: 'Kirja', authors: ['Kirjailija'], isbn13: null, publishedYear: null, language: null },
  finishedOn: '2026-03-01',
  rating: 4,
  review: 'Hyvä.',
  containsSpoilers: false,
  format: 'PRINT',
};

describe(checkImportedRead.name, () => {
  it('passes a read in the period unchanged', () => {
    expect(checkImportedRead(READ, PERIOD, TODAY)).toEqual({ ...READ, reviewShortened: false });
  });

  it.each([
    ['2025-12-31', ImportSkipReason.BEFORE_START],
    ['2026-06-16', ImportSkipReason.IN_FUTURE],
  ])('skips a read finished on %s as %s', (finishedOn, reason) => {
    expect(checkImportedRead({ ...READ, finishedOn }, PERIOD, TODAY)).toBe(reason);
  });

  it('skips a read after the end of a past challenge', () => {
    expect(checkImportedRead({ ...READ, finishedOn: '2026-02-01' }, { ...PERIOD, endsOn: '2026-01-31' }, TODAY)).toBe(
      ImportSkipReason.AFTER_END,
    );
  });

  it('skips ratings over 5 and reviews with forbidden characters', () => {
    expect(checkImportedRead({ ...READ, rating: 6 }, PERIOD, TODAY)).toBe(ImportSkipReason.INVALID_RATING);
    expect(checkImportedRead({ ...READ, review: 'a\u0000b' }, PERIOD, TODAY)).toBe(ImportSkipReason.INVALID_REVIEW);
  });

  it('shortens a review over 5000 characters (counting code points) to the limit', () => {
    const checked = checkImportedRead({ ...READ, review: '📚'.repeat(5001) }, PERIOD, TODAY);
    expect(checked).toMatchObject({ reviewShortened: true, review: `${'📚'.repeat(4999)}…` });
    expect(checkImportedRead({ ...READ, review: '📚'.repeat(5000) }, PERIOD, TODAY)).toMatchObject({
      reviewShortened: false,
    });
  });
});
