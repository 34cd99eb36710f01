import type { Locale } from '@lukuhaaste/shared/util-rules';

export interface ShareCardTexts {
  filledLabel: string;
  recentBooks: string;
  homeBranch: string;
  /** Alt text / accessible title of the whole image. */
  summary: (name: string, filled: number, total: number) => string;
}

/** The library's service name, the same in every language. */
export const SHARE_CARD_BRAND = 'Lukuhaaste';

/** The card's words per language (glossary: haastekohta / utmaningspunkt / category). */
export const SHARE_CARD_TEXTS: Record<Locale, ShareCardTexts> = {
  fi: {
    filledLabel: 'haastekohtaa täytetty',
    recentBooks: 'Viimeksi luettua',
    homeBranch: 'Kotikirjasto',
    summary: (name, filled, total) => `${name} on täyttänyt ${filled}/${total} haastekohtaa`,
  },
  sv: {
    filledLabel: 'utmaningspunkter avklarade',
    recentBooks: 'Senast läst',
    homeBranch: 'Hembibliotek',
    summary: (name, filled, total) => `${name} har klarat ${filled}/${total} utmaningspunkter`,
  },
  en: {
    filledLabel: 'categories filled',
    recentBooks: 'Recently read',
    homeBranch: 'Home library',
    summary: (name, filled, total) => `${name} has filled ${filled}/${total} categories`,
  },
};
