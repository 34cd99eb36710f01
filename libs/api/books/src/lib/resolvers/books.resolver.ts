import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { LimitAnonymous, Public } from '@lukuhaaste/api/accounts';
import { ValidationException, toOffsetConnection, toOffsetPage } from '@lukuhaaste/api/common';
import { BookConnection, BookOutput } from '../dtos/book.output';
import type { BookEntity } from '../entities/book.entity';
import { BooksService } from '../services/books.service';

const BOOKS_PAGE_SIZE = 20;
/** A scripted anonymous search loop would otherwise keep the database busy; people typing stay far below. */
const ANONYMOUS_SEARCHES_PER_IP = { limit: 120, windowSeconds: 60 };
@Resolver(() => BookOutput)
export class BooksResolver {
  constructor(private readonly catalogue: BooksService) {}

  @Public()
  @LimitAnonymous('books.search:ip', ANONYMOUS_SEARCHES_PER_IP)
  @Query(() => BookConnection, {
    description:
      'Accent- and case-insensitive search over title and authors (pg_trgm + unaccent); best match first. Public.',
  })
  async books(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: BOOKS_PAGE_SIZE }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<BookConnection> {
    const page = toOffsetPage(first ?? BOOKS_PAGE_SIZE, after);
    const { rows, total } = await this.catalogue.search(search, page);
    return toOffsetConnection(rows, page, total);
  }

  @Public()
  @Query(() => BookOutput, {
    description: 'By id or isbn (ISBN-10 or 13, hyphens allowed). NOT_FOUND when missing. Public.',
  })
  book(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('isbn', { type: () => String, nullable: true }) isbn: string | null,
  ): Promise<BookEntity> {
    if (id != null && isbn == null) return this.catalogue.findById(id);
    if (isbn != null && id == null) return this.catalogue.findByIsbn(isbn);
    throw new ValidationException([{ field: 'id', code: 'INVALID_VALUE' }]);
  }
}
