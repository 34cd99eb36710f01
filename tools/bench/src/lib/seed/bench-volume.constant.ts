/** The dataset every run works on: one busy year of a big city's challenge. */
export const BENCH_VOLUME = {
  categories: 50,
  patrons: 2_000,
  /** Each in a different category: 20,000 entries. */
  entriesPerPatron: 10,
  books: 3_000,
  /** The comments page's thread: 160 top-level comments with 0–3 replies each, 400 comments in all. */
  topLevelComments: 160,
} as const;

export const BENCH_PASSWORD = 'bench-password-not-secret';

/** Patron n's email (n from 1): `{n}` is replaced, in SQL by the seed and here for logins. */
export const PATRON_EMAIL = 'lukija-{n}@bench.lukuhaaste.fi';

export function patronEmail(n: number): string {
  return PATRON_EMAIL.replace('{n}', String(n));
}
