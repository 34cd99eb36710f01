import { DEFAULT_LOCALE, type Locale } from './locales';

/** Content written by librarians: Finnish is required, Swedish and English optional. */
export interface LocalizedText {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/** The text in the wanted language, falling back to Finnish when it is missing. */
export function pickLocalized(text: LocalizedText, locale: Locale): string {
  const wanted = locale === DEFAULT_LOCALE ? text.fi : text[locale];
  return wanted && wanted.trim() !== '' ? wanted : text.fi;
}

/** Languages with no translation yet, so editors can flag them. */
export function missingTranslations(text: LocalizedText): Locale[] {
  return (['sv', 'en'] as const).filter((locale) => !text[locale]?.trim());
}
