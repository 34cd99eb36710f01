import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { APP_CONFIG, type AppConfig } from '@lukuhaaste/api/config';
import { BOOKS_ENTITIES } from './books.entities';
import { BOOK_LOOKUP } from './lookup/book-lookup';
import { OpenLibraryBookLookup } from './lookup/open-library-book-lookup';
import { BookReferencesRegistry } from './merge/book-references';
import { BookEditorResolver } from './resolvers/book-editor.resolver';
import { BookFlagsResolver } from './resolvers/book-flags.resolver';
import { BooksResolver } from './resolvers/books.resolver';
import { BookEditorService } from './services/book-editor.service';
import { BookFlagPersonalData } from './services/book-flag-personal-data.service';
import { BookFlagsService } from './services/book-flags.service';
import { BooksService } from './services/books.service';

export const BOOKS_RESOLVERS = [BooksResolver, BookEditorResolver, BookFlagsResolver];

@Module({
  imports: [TypeOrmModule.forFeature(BOOKS_ENTITIES), AccountsModule],
  providers: [
    BooksService,
    BookFlagsService,
    BookFlagPersonalData,
    BookEditorService,
    BookReferencesRegistry,
    ...BOOKS_RESOLVERS,
    {
      provide: BOOK_LOOKUP,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.BOOK_LOOKUP === 'openlibrary' ? new OpenLibraryBookLookup() : null),
    },
  ],
  exports: [BooksService, BookReferencesRegistry],
})
export class BooksModule {}
