import { BookEntity } from './entities/book.entity';

export const BOOKS_ENTITIES = [BookEntity];
