import { DateTimePipe } from './date-time.pipe';

describe(DateTimePipe.name, () => {
  const pipe = new DateTimePipe();

  it('shows the moment in Helsinki time, in the given language', () => {
    expect(pipe.transform('2026-11-24T22:30:00Z', 'en')).toBe('Nov 25, 2026, 12:30 AM');
    expect(pipe.transform('2026-11-24T22:30:00Z', 'fi', 'date')).toBe('25.11.2026');
  });

  it('keeps each language and style apart when formatting one after another', () => {
    const at = '2026-06-01T09:05:00Z';

    expect([
      pipe.transform(at, 'fi'),
      pipe.transform(at, 'sv'),
      pipe.transform(at, 'fi', 'date'),
      pipe.transform(at, 'fi'),
    ]).toEqual(['1.6.2026 klo 12.05', '1 juni 2026 12:05', '1.6.2026', '1.6.2026 klo 12.05']);
  });

  it('shows nothing for a missing moment', () => {
    expect(pipe.transform(null, 'en')).toBe('');
  });
});
