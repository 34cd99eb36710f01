import { helsinkiTime, todayInHelsinki } from '@lukuhaaste/shared/util-rules';

export type SuspensionPreset = 'day' | 'week' | 'month' | 'custom';

const PRESET_DAYS: Record<Exclude<SuspensionPreset, 'custom'>, number> = { day: 1, week: 7, month: 30 };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a suspension ends, as the ISO instant the API stores: a preset counts
 * from now; a chosen date means "until that day begins" in Helsinki, the
 * libraries' time zone. Null when the date is missing or not after today.
 */
export function suspensionUntil(preset: SuspensionPreset, date: string | null, now: Date = new Date()): string | null {
  if (preset !== 'custom') return new Date(now.getTime() + PRESET_DAYS[preset] * DAY_MS).toISOString();
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date <= todayInHelsinki(now)) return null;
  return startOfHelsinkiDay(date).toISOString();
}

/** Midnight at the start of `date` in Helsinki (UTC+2, or +3 in summer). */
function startOfHelsinkiDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - helsinkiTime(utcMidnight).hour * 60 * 60 * 1000);
}
