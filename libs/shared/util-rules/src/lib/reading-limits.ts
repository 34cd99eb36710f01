/** Rules for a logged book, shared by the log-a-book form and the API. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const REVIEW_MAX_LENGTH = 5000;
export const BOOK_TITLE_MAX_LENGTH = 500;
export const BOOK_AUTHOR_MAX_LENGTH = 200;
export const BOOK_AUTHORS_MAX = 10;
/** A BCP 47 language tag (e.g. `fi`, `sv-FI`); 35 characters is the length RFC 5646 asks implementations to accept. */
export const BOOK_LANGUAGE_MAX_LENGTH = 35;
/** A catalogue flag's optional note to librarians. */
export const BOOK_FLAG_NOTE_MAX_LENGTH = 1000;
export const BOOK_FORMATS = ['PRINT', 'EBOOK', 'AUDIOBOOK'] as const;
export type BookFormatCode = (typeof BOOK_FORMATS)[number];

/** Challenge texts written by librarians. */
export const CHALLENGE_TITLE_MAX_LENGTH = 200;
export const CATEGORY_TITLE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const CATEGORIES_MAX = 100;

/**
 * A Goodreads import: 10,000 rows with reviews are about 3–5 MB; the API
 * takes bodies this large only for the import mutation.
 */
export const IMPORT_FILE_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_ROWS_MAX = 20_000;
