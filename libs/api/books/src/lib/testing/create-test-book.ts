import type { DataSource } from 'typeorm';
import { BookEntity } from '../entities/book.entity';
import { BooksService } from '../services/books.service';
import { checkNewBook } from '../utils/check-new-book.util';

let sequence = 0;

/** Adds a book the way a patron's typed book is added; titles default to a fresh one per call. */
export async function createTestBook(
  dataSource: DataSource,
  book: { title?: string; authors?: string[]; isbn?: string } = {},
): Promise<BookEntity> {
  sequence += 1;
  const { problems, book: checked } = checkNewBook(
    { title: book.title ?? `Testikirja ${sequence}`, authors: book.authors ?? ['Testikirjailija'], isbn: book.isbn },
    'newBook',
    2026,
  );
  if (problems.length > 0) throw new Error(`Not a valid test book: ${JSON.stringify(problems)}`);
  return new BooksService(dataSource.getRepository(BookEntity), null).findOrCreate(checked, dataSource.manager);
}
