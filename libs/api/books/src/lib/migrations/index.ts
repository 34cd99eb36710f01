import { CreateBooks1764029000000 } from './1764029000000-create-books';
import { CreateBookFlags1764040600000 } from './1764040600000-create-book-flags';

export const BOOKS_MIGRATIONS = [CreateBooks1764029000000, CreateBookFlags1764040600000];
