import { DEFAULT_LOCALE, isLocale, type Locale } from '@lukuhaaste/shared/util-rules';

export interface PrintTexts {
  /** The library whose desks hand out and take back the list. */
  library: string;
  instructions: string;
  /** Label of the line where the reader writes a book. */
  bookLine: string;
  returnNote: string;
  print: string;
  otherLanguages: string;
  loading: string;
}

/**
 * The printed list's own texts, in every language at once: the sheet's
 * language is chosen per print (?lang=sv for the Swedish notice board), not
 * by the interface language, and the server renders it without loading a
 * second translation file.
 */
export const PRINT_TEXTS: Record<Locale, PrintTexts> = {
  fi: {
    library: 'Helsingin kaupunginkirjasto',
    instructions:
      'Lue yksi kirja kuhunkin haastekohtaan, rastita ruutu ja kirjoita viivalle kirjan nimi ja kirjoittaja. Kohdat voi lukea missä järjestyksessä tahansa.',
    bookLine: 'Kirja ja kirjoittaja',
    returnNote:
      'Palauta lista kirjaston asiakaspalveluun: paperilla osallistuneet lasketaan mukaan haasteen tuloksiin.',
    print: 'Tulosta',
    otherLanguages: 'Lista muilla kielillä',
    loading: 'Ladataan listaa…',
  },
  sv: {
    library: 'Helsingfors stadsbibliotek',
    instructions:
      'Läs en bok för varje punkt, kryssa i rutan och skriv bokens titel och författare på linjen. Punkterna kan läsas i vilken ordning som helst.',
    bookLine: 'Bok och författare',
    returnNote: 'Lämna in listan i bibliotekets kundtjänst: deltagare på papper räknas med i utmaningens resultat.',
    print: 'Skriv ut',
    otherLanguages: 'Listan på andra språk',
    loading: 'Listan laddas…',
  },
  en: {
    library: 'Helsinki City Library',
    instructions:
      'Read one book for each category, tick its box and write the book’s title and author on the line. Read the categories in any order.',
    bookLine: 'Book and author',
    returnNote:
      'Return the list to the library’s customer service: paper participants count in the challenge’s results.',
    print: 'Print',
    otherLanguages: 'The list in other languages',
    loading: 'Loading the list…',
  },
};

/** Each language's link, named in that language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** The sheet's language from `?lang=`; Finnish when missing or unknown. */
export function printLocale(lang: string | null | undefined): Locale {
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
