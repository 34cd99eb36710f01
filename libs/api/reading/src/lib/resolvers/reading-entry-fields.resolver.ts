import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@lukuhaaste/api/accounts';
import { BookOutput, BooksService, bookByIdLoader, type BookEntity } from '@lukuhaaste/api/books';
import {
  CategoriesService,
  CategoryOutput,
  ParticipationOutput,
  ParticipationService,
  categoryByIdLoader,
  participationByIdLoader,
  type CategoryEntity,
  type ParticipationEntity,
} from '@lukuhaaste/api/challenges';
import { orNotFound } from '@lukuhaaste/api/common';
import { ReadingEntryOutput } from '../dtos/reading-entry.output';
import type { ReadingEntryEntity } from '../entities/reading-entry.entity';

/**
 * Nested fields of an entry: the ones its query read along (entry lists do),
 * else batched per request (no N+1 on entry lists). `book` and `category` take
 * graphql-js's own arguments instead of parameter decorators: Nest then calls
 * them directly rather than through its per-call context creation, and a list
 * of entries calls them twice per entry.
 */
@Resolver(() => ReadingEntryOutput)
export class ReadingEntryFieldsResolver {
  constructor(
    private readonly books: BooksService,
    private readonly categories: CategoriesService,
    private readonly participations: ParticipationService,
  ) {}

  @ResolveField(() => BookOutput)
  book(entry: ReadingEntryEntity, _args: unknown, { req }: GraphqlContext): BookEntity | Promise<BookEntity> {
    return (
      entry.book ??
      bookByIdLoader(req, this.books)
        .load(entry.bookId)
        .then((book) => orNotFound(book, 'Book'))
    );
  }

  @ResolveField(() => CategoryOutput, {
    nullable: true,
    description: 'Null = logged but not yet placed in a category (does not count toward progress).',
  })
  category(
    entry: ReadingEntryEntity,
    _args: unknown,
    { req }: GraphqlContext,
  ): CategoryEntity | null | Promise<CategoryEntity | null> {
    if (!entry.categoryId) return null;
    return entry.category ?? categoryByIdLoader(req, this.categories).load(entry.categoryId);
  }

  @ResolveField(() => ParticipationOutput, {
    description: "The owner's participation, with the updated progress (for the client cache).",
  })
  async participation(
    @Parent() entry: ReadingEntryEntity,
    @Context() { req }: GraphqlContext,
  ): Promise<ParticipationEntity> {
    return orNotFound(
      await participationByIdLoader(req, this.participations).load(entry.participationId),
      'Participation',
    );
  }
}
