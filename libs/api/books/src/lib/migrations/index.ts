import { CreateBooks1764029000000 } from './1764029000000-create-books';

export const BOOKS_MIGRATIONS = [CreateBooks1764029000000];
