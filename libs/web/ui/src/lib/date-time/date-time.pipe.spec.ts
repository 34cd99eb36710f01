import { DateTimePipe } from './date-time.pipe';

describe(DateTimePipe.name, () => {
  const pipe = new DateTimePipe();

  it('shows the moment in Helsinki time, in the given language', () => {
    expect(pipe.transform('2026-11-24T22:30:00Z', 'en')).toBe('Nov 25, 2026, 12:30 AM');
    expect(pipe.transform('2026-11-24T22:30:00Z', 'fi', 'date')).toBe('25.11.2026');
  });

  it('shows nothing for a missing moment', () => {
    expect(pipe.transform(null, 'en')).toBe('');
  });
});
