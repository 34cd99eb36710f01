import { BookFlagEntity } from './entities/book-flag.entity';
import { BookEntity } from './entities/book.entity';

export const BOOKS_ENTITIES = [BookEntity, BookFlagEntity];
