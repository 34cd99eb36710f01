import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export interface LocaleSources {
  /** The logged-in user's saved language. */
  userLocale?: string | null;
  /** The language this browser chose before. */
  storedLocale?: string | null;
  /** `navigator.languages`, most preferred first, e.g. `['sv-FI', 'en-US']`. */
  browserLanguages?: readonly string[];
}

/** The user's saved choice wins, then this browser's last choice, then its languages, then Finnish. */
export function resolveInitialLocale({ userLocale, storedLocale, browserLanguages = [] }: LocaleSources): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(storedLocale)) return storedLocale;
  const fromBrowser = browserLanguages.map((tag) => tag.toLowerCase().split('-')[0]).find(isLocale);
  return fromBrowser ?? DEFAULT_LOCALE;
}
