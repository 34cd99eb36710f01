const HOUR_MS = 3_600_000;

/** A moment's wall-clock reading in Helsinki. `month` counts from 0, as Date does. */
export interface HelsinkiTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The moment as a clock in Helsinki shows it: EEST (UTC+3) from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October, EET
 * (UTC+2) otherwise: the EU's rule, which Finland has followed since 1996.
 */
export function helsinkiTime(moment: Date): HelsinkiTime {
  const at = moment.getTime();
  const year = moment.getUTCFullYear();
  const summer = at >= lastSundayOf(year, 2) + HOUR_MS && at < lastSundayOf(year, 9) + HOUR_MS;
  const local = new Date(at + (summer ? 3 : 2) * HOUR_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** Midnight UTC starting the last Sunday of `month` (from 0) in `year`. */
function lastSundayOf(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}
