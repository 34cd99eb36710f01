/**
 * Moves a calendar date by whole years, keeping month and day; Feb 29 falls
 * back to Feb 28 in a common year.
 */
export function shiftDateByYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetYear = year + years;
  const lastDay = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** A cloned challenge keeps its period's shape, moved from the source year to the target year. */
export function shiftPeriodToYear(
  period: { startsOn: string; endsOn: string },
  sourceYear: number,
  targetYear: number,
) {
  const years = targetYear - sourceYear;
  return { startsOn: shiftDateByYears(period.startsOn, years), endsOn: shiftDateByYears(period.endsOn, years) };
}
