import { BookFormat } from '@lukuhaaste/api/reading';

/** One book the demo patron logged this year: the category's position and one of DEMO_BOOKS. */
export interface DemoPatronEntry {
  position: number;
  title: string;
  format: BookFormat;
  rating: number | null;
  review: string | null;
  containsSpoilers?: boolean;
}

/**
 * The demo patron's 2026 so far, in reading order: a dozen categories filled,
 * so a newcomer logging in sees progress, their books and reviews at once.
 */
export const DEMO_PATRON_2026: DemoPatronEntry[] = [
  {
    position: 1,
    title: 'Sommarboken',
    format: BookFormat.PRINT,
    rating: 5,
    review: 'Saaristokesä, isoäiti ja Sophia – lempeä ja viisas kirja, jonka luen varmasti uudelleen.',
  },
  { position: 5, title: 'Jäniksen vuosi', format: BookFormat.AUDIOBOOK, rating: 4, review: null },
  {
    position: 6,
    title: 'Persepolis',
    format: BookFormat.PRINT,
    rating: 5,
    review: 'Mustavalkoiset kuvat kertovat vallankumouksesta enemmän kuin moni paksu historiankirja.',
  },
  { position: 33, title: 'Tuntematon sotilas', format: BookFormat.PRINT, rating: 5, review: null },
  { position: 17, title: 'Pappan och havet', format: BookFormat.EBOOK, rating: 4, review: null },
  {
    position: 18,
    title: 'Män som hatar kvinnor',
    format: BookFormat.EBOOK,
    rating: 4,
    review: 'Arvasin väärin loppuun asti: Harriet onkin elossa ja asuu Australiassa!',
    containsSpoilers: true,
  },
  { position: 31, title: 'Seitsemän veljestä', format: BookFormat.AUDIOBOOK, rating: 3, review: null },
  { position: 24, title: 'Klara and the Sun', format: BookFormat.AUDIOBOOK, rating: 4, review: null },
  { position: 39, title: 'The Hunger Games', format: BookFormat.EBOOK, rating: null, review: null },
  {
    position: 48,
    title: 'Hytti nro 6',
    format: BookFormat.PRINT,
    rating: 4,
    review: 'Junamatka halki talvisen Neuvostoliiton – ahdistava ja kaunis yhtä aikaa.',
  },
  { position: 41, title: 'Maresi', format: BookFormat.PRINT, rating: null, review: null },
  { position: 8, title: 'Maus', format: BookFormat.PRINT, rating: 5, review: null },
];
