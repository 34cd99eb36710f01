import { helsinkiTime } from './helsinki-time';

/** Dates travel as ISO calendar dates (YYYY-MM-DD) and compare as strings. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in Helsinki, the libraries' time zone, whatever the server's or browser's zone. */
export function todayInHelsinki(now: Date = new Date()): string {
  const { year, month, day } = helsinkiTime(now);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type FinishedOnProblem = 'BEFORE_START' | 'AFTER_END' | 'IN_FUTURE';

/** A book counts if finished within the challenge period and not in the future. */
export function checkFinishedOn(
  finishedOn: string,
  period: { startsOn: string; endsOn: string },
  today: string,
): FinishedOnProblem | null {
  if (finishedOn < period.startsOn) return 'BEFORE_START';
  if (finishedOn > today) return 'IN_FUTURE';
  if (finishedOn > period.endsOn) return 'AFTER_END';
  return null;
}
