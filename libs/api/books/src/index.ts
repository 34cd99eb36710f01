export * from './lib/entities/book.entity';
export * from './lib/books.entities';
export * from './lib/books.module';
export * from './lib/migrations';
export * from './lib/dtos/book.output';
export * from './lib/dtos/new-book.input';
export * from './lib/services/books.service';
export * from './lib/utils/check-new-book.util';
