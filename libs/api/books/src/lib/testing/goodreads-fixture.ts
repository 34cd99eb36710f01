import { join } from 'node:path';

/** The Goodreads library export the import specs and the e2e journey use (a copy of the project's shared fixture). */
export const GOODREADS_FIXTURE_PATH = join(
  import.meta.dirname,
  '..',
  'import',
  'fixtures',
  'goodreads_library_export.csv',
);

/** The fixture's header line, for specs that build their own files. */
export const GOODREADS_HEADER =
  'Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies';
