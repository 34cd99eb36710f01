export type DateTimeStyle = 'dateTime' | 'date';

/**
 * Formatters made so far, one per language and style: making an
 * Intl.DateTimeFormat costs far more than formatting with it (the first one
 * on a page loads the browser's locale and time-zone data: about 15 ms on a
 * mid-range phone).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Helsinki time, as readers in Finland expect it, in the given language. */
export function dateTimeFormat(locale: string, style: DateTimeStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Helsinki',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Makes the formatter in a task of its own, e.g. while a list of comments is
 * on its way, so that cost does not lengthen the task that renders them.
 */
export function prepareDateTimeFormat(locale: string, style: DateTimeStyle = 'dateTime'): void {
  setTimeout(() => dateTimeFormat(locale, style));
}
