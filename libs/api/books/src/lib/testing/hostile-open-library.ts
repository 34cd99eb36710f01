import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { BookEntity } from '../entities/book.entity';
import { OpenLibraryBookLookup } from '../lookup/open-library-book-lookup';
import { BooksService } from '../services/books.service';

/** The ISBN the stored hostile Open Library record answers for. */
export const HOSTILE_LOOKUP_ISBN = '9789510310779';

/** A BooksService over `dataSource` whose outside catalogue returns the hostile fixture, without the network. */
export function booksServiceWithHostileLookup(dataSource: DataSource): BooksService {
  const path = join(
    import.meta.dirname,
    '..',
    'lookup',
    'fixtures',
    `open-library-hostile-isbn-${HOSTILE_LOOKUP_ISBN}.json`,
  );
  const record = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const lookup = new OpenLibraryBookLookup(async () => ({ ok: true, json: async () => record }));
  return new BooksService(dataSource.getRepository(BookEntity), lookup);
}
