import { lastReadingDay, spreadDays } from './reading-days.util';

const PERIOD = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('lastReadingDay', () => {
  it('is today during the challenge, its last day after it and null before it starts', () => {
    expect(lastReadingDay(PERIOD, '2026-11-25')).toBe('2026-11-25');
    expect(lastReadingDay(PERIOD, '2026-01-01')).toBe('2026-01-01');
    expect(lastReadingDay(PERIOD, '2027-03-01')).toBe('2026-12-31');
    expect(lastReadingDay(PERIOD, '2025-12-31')).toBeNull();
  });
});

describe('spreadDays', () => {
  it('spreads days evenly and in order within the range', () => {
    const days = spreadDays('2026-01-01', '2026-11-25', 12);
    expect(days).toHaveLength(12);
    expect([...days].sort()).toEqual(days);
    expect(days.every((day) => day > '2026-01-01' && day < '2026-11-25')).toBe(true);
    expect(new Set(days).size).toBe(12);
  });

  it('puts every day on the first one when the range is a single day', () => {
    expect(spreadDays('2026-01-01', '2026-01-01', 3)).toEqual(['2026-01-01', '2026-01-01', '2026-01-01']);
  });
});
