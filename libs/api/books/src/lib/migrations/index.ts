import { CreateBooks1764029000000 } from './1764029000000-create-books';
import { CreateBookFlags1764040600000 } from './1764040600000-create-book-flags';
import { IndexBooksSearchTextEquality1765300100000 } from './1765300100000-index-books-search-text-equality';

export const BOOKS_MIGRATIONS = [
  CreateBooks1764029000000,
  CreateBookFlags1764040600000,
  IndexBooksSearchTextEquality1765300100000,
];
