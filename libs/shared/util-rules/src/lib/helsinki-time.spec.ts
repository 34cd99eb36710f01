import { helsinkiTime } from './helsinki-time';

const HOUR_MS = 3_600_000;

/** The Helsinki wall clock as the time-zone database (through Intl) reads it. */
const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});
function intlTime(moment: Date) {
  const part = (type: string) => Number(intl.formatToParts(moment).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') - 1, day: part('day'), hour: part('hour'), minute: part('minute') };
}

describe(helsinkiTime.name, () => {
  it('reads the clock as the time-zone database does, every hour of 2024–2028 and each minute around its changes', () => {
    const moments: Date[] = [];
    for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2029, 0, 1); at += HOUR_MS + 7 * 60_000)
      moments.push(new Date(at));
    for (const day of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      const change = Date.parse(`${day}T01:00:00Z`);
      for (let at = change - 2 * HOUR_MS; at <= change + 2 * HOUR_MS; at += 60_000) moments.push(new Date(at));
    }

    const differences = moments.filter(
      (moment) => JSON.stringify(helsinkiTime(moment)) !== JSON.stringify(intlTime(moment)),
    );
    expect(differences.map((moment) => moment.toISOString())).toEqual([]);
  });

  it('moves the clock an hour forward at 01:00 UTC on the last Sunday of March', () => {
    expect(helsinkiTime(new Date('2026-03-29T00:59:00Z'))).toEqual({
      year: 2026,
      month: 2,
      day: 29,
      hour: 2,
      minute: 59,
    });
    expect(helsinkiTime(new Date('2026-03-29T01:00:00Z'))).toEqual({
      year: 2026,
      month: 2,
      day: 29,
      hour: 4,
      minute: 0,
    });
  });
});
