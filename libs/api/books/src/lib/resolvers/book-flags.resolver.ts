import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type UserEntity } from '@lukuhaaste/api/accounts';
import { toOffsetConnection, toOffsetPage } from '@lukuhaaste/api/common';
import { BookFlagOutput } from '../dtos/book-flag.output';
import { FlaggedBookConnection } from '../dtos/flagged-book.output';
import type { BookFlagEntity } from '../entities/book-flag.entity';
import { BookFlagReason } from '../enums/book-flag-reason.enum';
import { BookFlagsService } from '../services/book-flags.service';

const FLAGGED_PAGE_SIZE = 20;

@Resolver()
export class BookFlagsResolver {
  constructor(private readonly flags: BookFlagsService) {}

  @Mutation(() => BookFlagOutput, {
    description: 'Tells librarians a book’s details are wrong. One open flag per patron and book (else CONFLICT).',
  })
  flagBook(
    @CurrentUser() patron: UserEntity,
    @Args('bookId', { type: () => ID }) bookId: string,
    @Args('reason', { type: () => BookFlagReason }) reason: BookFlagReason,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<BookFlagEntity> {
    return this.flags.flag(patron, bookId, reason, note);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Query(() => FlaggedBookConnection, {
    description: 'Books with open flags, most flagged first, with counts per reason. Librarians.',
  })
  async flaggedBooks(
    @Args('first', { type: () => Int, nullable: true, defaultValue: FLAGGED_PAGE_SIZE }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<FlaggedBookConnection> {
    const page = toOffsetPage(first ?? FLAGGED_PAGE_SIZE, after);
    const { rows, total } = await this.flags.listFlagged(page);
    return toOffsetConnection(rows, page, total);
  }

  @Roles(Role.LIBRARIAN, Role.ADMIN)
  @Mutation(() => Int, {
    description: 'Resolves every open flag of the book; returns how many there were. Librarians.',
  })
  resolveBookFlags(
    @CurrentUser() librarian: UserEntity,
    @Args('bookId', { type: () => ID }) bookId: string,
  ): Promise<number> {
    return this.flags.resolve(bookId, librarian);
  }
}
