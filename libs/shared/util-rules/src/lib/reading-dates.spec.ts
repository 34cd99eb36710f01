import { checkFinishedOn, isIsoDate, todayInHelsinki } from './reading-dates';

describe(isIsoDate.name, () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-2-3')).toBe(false);
    expect(isIsoDate('2026-02-28T10:00')).toBe(false);
  });
});

describe(todayInHelsinki.name, () => {
  it('is already tomorrow in Helsinki late in the UTC evening', () => {
    expect(todayInHelsinki(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe(checkFinishedOn.name, () => {
  const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
  it('accepts the first day, today and rejects outside the period or the future', () => {
    expect(checkFinishedOn('2026-01-01', period, '2026-11-25')).toBeNull();
    expect(checkFinishedOn('2026-11-25', period, '2026-11-25')).toBeNull();
    expect(checkFinishedOn('2025-12-31', period, '2026-11-25')).toBe('BEFORE_START');
    expect(checkFinishedOn('2026-11-26', period, '2026-11-25')).toBe('IN_FUTURE');
    expect(checkFinishedOn('2027-01-02', period, '2027-03-01')).toBe('AFTER_END');
  });
});
