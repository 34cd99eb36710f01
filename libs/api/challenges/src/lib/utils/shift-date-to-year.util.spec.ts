import { shiftDateByYears, shiftPeriodToYear } from './shift-date-to-year.util';

describe(shiftPeriodToYear.name, () => {
  it('moves a calendar-year period to the target year', () => {
    expect(shiftPeriodToYear({ startsOn: '2025-01-01', endsOn: '2025-12-31' }, 2025, 2026)).toEqual({
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
  });

  it('keeps a period that spans the new year spanning it', () => {
    expect(shiftPeriodToYear({ startsOn: '2024-12-01', endsOn: '2025-01-31' }, 2024, 2027)).toEqual({
      startsOn: '2027-12-01',
      endsOn: '2028-01-31',
    });
  });

  it('can go backwards', () => {
    expect(shiftPeriodToYear({ startsOn: '2030-03-15', endsOn: '2030-10-15' }, 2030, 2029)).toEqual({
      startsOn: '2029-03-15',
      endsOn: '2029-10-15',
    });
  });
});

describe(shiftDateByYears.name, () => {
  it('turns Feb 29 into Feb 28 in a common year and keeps it in a leap year', () => {
    expect(shiftDateByYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDateByYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
