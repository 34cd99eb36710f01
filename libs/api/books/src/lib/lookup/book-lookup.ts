/** Metadata an outside catalogue can give for an ISBN. */
export interface LookedUpBook {
  title: string;
  authors: string[];
  publishedYear: number | null;
  coverUrl: string | null;
}

/**
 * Optional source of book metadata (e.g. Open Library or Finna). The app
 * never needs one: with none configured, unknown ISBNs are simply not found.
 */
export interface BookLookup {
  lookupIsbn(isbn13: string): Promise<LookedUpBook | null>;
}

export const BOOK_LOOKUP = Symbol('BOOK_LOOKUP');
