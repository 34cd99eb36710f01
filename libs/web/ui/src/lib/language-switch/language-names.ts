import type { Locale } from '@lukuhaaste/shared/util-rules';

/** Each language names itself, so a reader can find theirs whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
