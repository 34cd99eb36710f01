import { checkEntryDetails, normalizeReview } from './check-entry-details.util';

const PERIOD = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe(checkEntryDetails.name, () => {
  it('accepts a complete, valid entry and an entry with no extras', () => {
    expect(
      checkEntryDetails({ finishedOn: '2026-03-01', rating: 5, review: 'Hieno! 📚' }, PERIOD, '2026-11-25'),
    ).toEqual([]);
    expect(checkEntryDetails({}, PERIOD, '2026-11-25')).toEqual([]);
  });

  it('reports dates outside the period or in the future', () => {
    expect(checkEntryDetails({ finishedOn: '2025-12-31' }, PERIOD, '2026-11-25')).toEqual([
      { field: 'finishedOn', code: 'BEFORE_START' },
    ]);
    expect(checkEntryDetails({ finishedOn: '2026-11-26' }, PERIOD, '2026-11-25')).toEqual([
      { field: 'finishedOn', code: 'IN_FUTURE' },
    ]);
  });

  it('reports ratings out of 1–5 and over-long or binary reviews', () => {
    expect(checkEntryDetails({ rating: 0 }, PERIOD, '2026-11-25')[0]).toMatchObject({
      field: 'rating',
      code: 'OUT_OF_RANGE',
    });
    expect(checkEntryDetails({ rating: 6 }, PERIOD, '2026-11-25')[0]).toMatchObject({
      field: 'rating',
      code: 'OUT_OF_RANGE',
    });
    expect(checkEntryDetails({ review: 'y'.repeat(5001) }, PERIOD, '2026-11-25')).toEqual([
      { field: 'review', code: 'TOO_LONG', params: { max: 5000 } },
    ]);
    expect(checkEntryDetails({ review: 'nul\u0000byte' }, PERIOD, '2026-11-25')).toEqual([
      { field: 'review', code: 'INVALID_CHARACTERS' },
    ]);
  });

  it('counts emoji as one character each against the review limit', () => {
    expect(checkEntryDetails({ review: '📚'.repeat(5000) }, PERIOD, '2026-11-25')).toEqual([]);
  });
});

describe(normalizeReview.name, () => {
  it('turns blank reviews into none and keeps the rest exactly', () => {
    expect(normalizeReview('  \n ')).toBeNull();
    expect(normalizeReview('  padded  ')).toBe('  padded  ');
    expect(normalizeReview(undefined)).toBeUndefined();
  });
});
