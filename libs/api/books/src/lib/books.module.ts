import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { BOOKS_ENTITIES } from './books.entities';
import { BOOK_LOOKUP } from './lookup/book-lookup';
import { OpenLibraryBookLookup } from './lookup/open-library-book-lookup';
import { BooksResolver } from './resolvers/books.resolver';
import { BooksService } from './services/books.service';

export const BOOKS_RESOLVERS = [BooksResolver];

@Module({
  imports: [TypeOrmModule.forFeature(BOOKS_ENTITIES)],
  providers: [
    BooksService,
    ...BOOKS_RESOLVERS,
    {
      provide: BOOK_LOOKUP,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.BOOK_LOOKUP === 'openlibrary' ? new OpenLibraryBookLookup() : null),
    },
  ],
  exports: [BooksService],
})
export class BooksModule {}
