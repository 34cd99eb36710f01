import { requestLoader } from '@lukuhaaste/api/common';
import type DataLoader from 'dataloader';
import type { BookEntity } from '../entities/book.entity';
import type { BooksService } from '../services/books.service';

/** Request-scoped: books by id, one query per request however many fields ask. */
export function bookByIdLoader(request: object, books: BooksService): DataLoader<string, BookEntity | null> {
  return requestLoader(request, 'books.bookById', (ids: readonly string[]) => books.findByIds(ids));
}
