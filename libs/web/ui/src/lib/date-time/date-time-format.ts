import { helsinkiTime, type HelsinkiTime } from '@lukuhaaste/shared/util-rules';

export type DateTimeStyle = 'dateTime' | 'date';

export interface DateTimeFormatter {
  format(moment: Date): string;
}

const SV_MONTHS = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

const fiDate = ({ year, month, day }: HelsinkiTime) => `${day}.${month + 1}.${year}`;
const svDate = ({ year, month, day }: HelsinkiTime) => `${day} ${SV_MONTHS[month]} ${year}`;
const enDate = ({ year, month, day }: HelsinkiTime) => `${EN_MONTHS[month]} ${day}, ${year}`;
const written = (write: (time: HelsinkiTime) => string): DateTimeFormatter => ({
  format: (moment) => write(helsinkiTime(moment)),
});

/**
 * The app's languages written out as Intl.DateTimeFormat writes them
 * (`dateStyle: 'medium'`, plus `timeStyle: 'short'`), compared moment by
 * moment in the spec. Making the first Intl.DateTimeFormat on a page loads
 * the browser's locale and time-zone data, 25–65 ms on this project's test
 * machine and several times that on a slow phone, in the middle of showing a
 * discussion; these need no data.
 */
const WRITTEN: Record<string, Record<DateTimeStyle, DateTimeFormatter>> = {
  fi: {
    date: written(fiDate),
    dateTime: written((time) => `${fiDate(time)} klo ${time.hour}.${twoDigits(time.minute)}`),
  },
  sv: {
    date: written(svDate),
    dateTime: written((time) => `${svDate(time)} ${twoDigits(time.hour)}:${twoDigits(time.minute)}`),
  },
  en: {
    date: written(enDate),
    dateTime: written(
      (time) => `${enDate(time)}, ${time.hour % 12 || 12}:${twoDigits(time.minute)} ${time.hour < 12 ? 'AM' : 'PM'}`,
    ),
  },
};

/** Intl formatters for any other language, made once each. */
const intlFormatters = new Map<string, Intl.DateTimeFormat>();

/** Helsinki time, as readers in Finland expect it, in the given language. */
export function dateTimeFormat(locale: string, style: DateTimeStyle): DateTimeFormatter {
  const own = WRITTEN[locale]?.[style];
  if (own) return own;
  const key = `${locale}|${style}`;
  let formatter = intlFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Helsinki',
    });
    intlFormatters.set(key, formatter);
  }
  return formatter;
}
