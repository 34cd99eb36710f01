import { LOCALE_COOKIE, type Locale } from '@lukuhaaste/shared/util-rules';

const STORAGE_KEY = 'lukuhaaste.locale';
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** This browser's earlier language choice: local storage, else the cookie (storage can be disabled). */
export function readRememberedLocale(document: Document): string | null {
  try {
    const stored = document.defaultView?.localStorage.getItem(STORAGE_KEY);
    if (stored) return stored;
  } catch {
    // storage can be disabled by privacy settings
  }
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`));
  return cookie ? cookie.slice(LOCALE_COOKIE.length + 1) : null;
}

/** Remembers the choice in storage and in a cookie the server render reads, so the first HTML is in it too. */
export function rememberLocale(document: Document, locale: Locale): void {
  try {
    document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable.
  }
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}
