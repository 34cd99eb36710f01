export const DATASET_NAMES = ['large', 'small'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** How much of everything a dataset holds; reading entries follow from `patrons` (about 20 each). */
export interface BenchVolume {
  patrons: number;
  /** Library branches, the home branch of most patrons. */
  branches: number;
  books: number;
  categories: number;
  /** General threads besides the categories' own. */
  generalThreads: number;
  topLevelComments: number;
  replies: number;
}

/**
 * `large` is about five times Helmet's real community in one year (the
 * documented figures); `small` keeps the same shape for quick iterations.
 */
export const BENCH_DATASETS: Record<DatasetName, BenchVolume> = {
  large: {
    patrons: 100_000,
    branches: 60,
    books: 50_000,
    categories: 50,
    generalThreads: 150,
    topLevelComments: 120_000,
    replies: 80_000,
  },
  small: {
    patrons: 2_000,
    branches: 8,
    books: 3_000,
    categories: 50,
    generalThreads: 30,
    topLevelComments: 2_400,
    replies: 1_600,
  },
};

/** Entries in the benched patron's participation: a typical active reader, not an extreme one. */
export const PAGE_PATRON_ENTRIES = 30;

export const BENCH_PASSWORD = 'bench-password-not-secret';

/** Patron n's email (n from 1): `{n}` is replaced, in SQL by the seed and here for logins. */
export const PATRON_EMAIL = 'lukija-{n}@bench.lukuhaaste.fi';

/** The librarian who opens the statistics dashboard (same password as the patrons). */
export const LIBRARIAN_EMAIL = 'kirjastonhoitaja@bench.lukuhaaste.fi';

export function patronEmail(n: number): string {
  return PATRON_EMAIL.replace('{n}', String(n));
}
