export * from './lib/entities/book.entity';
export * from './lib/books.entities';
export * from './lib/migrations';
