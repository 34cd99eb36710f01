import { dateTimeFormat, type DateTimeStyle } from './date-time-format';

const HOUR_MS = 3_600_000;

/** What Intl.DateTimeFormat writes, which the app's own formatters must match. */
function intlFormat(locale: string, style: DateTimeStyle): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Helsinki',
  });
}

describe(dateTimeFormat.name, () => {
  const cases = (['fi', 'sv', 'en'] as const).flatMap((locale) =>
    (['dateTime', 'date'] as const).map((style) => ({ locale, style })),
  );

  it.each(cases)('writes $locale $style as Intl does, every hour of 2024–2028', ({ locale, style }) => {
    const ours = dateTimeFormat(locale, style);
    const intl = intlFormat(locale, style);
    const differences: string[] = [];
    for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2029, 0, 1); at += HOUR_MS + 7 * 60_000) {
      const moment = new Date(at);
      if (ours.format(moment) !== intl.format(moment)) differences.push(moment.toISOString());
    }
    expect(differences).toEqual([]);
  });

  it.each(cases)(
    'writes $locale $style as Intl does, minute by minute around each clock change',
    ({ locale, style }) => {
      const ours = dateTimeFormat(locale, style);
      const intl = intlFormat(locale, style);
      // 01:00 UTC on the last Sundays of March and October.
      const changes = ['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'];
      const differences: string[] = [];
      for (const day of changes) {
        const change = Date.parse(`${day}T01:00:00Z`);
        for (let at = change - 2 * HOUR_MS; at <= change + 2 * HOUR_MS; at += 60_000) {
          const moment = new Date(at);
          if (ours.format(moment) !== intl.format(moment)) differences.push(moment.toISOString());
        }
      }
      expect(differences).toEqual([]);
    },
  );

  it('shows the summer and winter times of the same evening in Helsinki', () => {
    expect(dateTimeFormat('fi', 'dateTime').format(new Date('2026-03-29T00:59:00Z'))).toBe('29.3.2026 klo 2.59');
    expect(dateTimeFormat('fi', 'dateTime').format(new Date('2026-03-29T01:00:00Z'))).toBe('29.3.2026 klo 4.00');
    expect(dateTimeFormat('en', 'dateTime').format(new Date('2026-12-31T22:30:00Z'))).toBe('Jan 1, 2027, 12:30 AM');
  });

  it('leaves any other language to Intl, making its formatter once', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');

    expect(dateTimeFormat('en-GB', 'dateTime').format(new Date('2026-06-01T09:05:00Z'))).toBe('1 Jun 2026, 12:05');
    expect(dateTimeFormat('en-GB', 'dateTime').format(new Date('2026-06-02T09:05:00Z'))).toBe('2 Jun 2026, 12:05');
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });
});
