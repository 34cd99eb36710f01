const DAY_MS = 86_400_000;

/**
 * The last day seeded reading may be finished on: today, or the challenge's
 * last day once it is over; null before it starts (no date would be valid,
 * since a finished-on date is neither before the start nor in the future).
 */
export function lastReadingDay(period: { startsOn: string; endsOn: string }, today: string): string | null {
  if (today < period.startsOn) return null;
  return today < period.endsOn ? today : period.endsOn;
}

/** `count` ISO days spread evenly over `from`..`to`, in order, without the ends unless the span is short. */
export function spreadDays(from: string, to: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS));
  return Array.from({ length: count }, (_, index) =>
    new Date(start + Math.floor(((index + 1) * span) / (count + 1)) * DAY_MS).toISOString().slice(0, 10),
  );
}
