/** Languages the library serves; Finnish is the source language of all content. */
export const LOCALES = ['fi', 'sv', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'fi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The cookie that remembers a reader's language choice, so a server render can use it too. */
export const LOCALE_COOKIE = 'lukuhaaste-locale';
